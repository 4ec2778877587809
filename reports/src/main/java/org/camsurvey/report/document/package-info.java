/** The documents for the authorities as one model, built once and laid out by each renderer (PDF, DOCX). */
package org.camsurvey.report.document;
