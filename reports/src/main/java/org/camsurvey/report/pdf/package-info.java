/** The documents for the authorities as PDF: the filing packet (Art. 15) and the inspection report. */
package org.camsurvey.report.pdf;
