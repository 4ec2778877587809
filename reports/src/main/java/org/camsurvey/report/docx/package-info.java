/** Documents as Word files (DOCX, through Apache POI's XWPF), for offices that edit them before stamping. */
package org.camsurvey.report.docx;
