/** Site maps drawn as vector graphics into a PDF content stream (OpenPDF stays here and in report.pdf). */
package org.camsurvey.report.map;
