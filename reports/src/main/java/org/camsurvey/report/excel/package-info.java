/** Excel workbooks (Apache POI stays here): the blank survey template and the documents' workbooks. */
package org.camsurvey.report.excel;
