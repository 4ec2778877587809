/** Excel workbooks (Apache POI): the blank survey template users fill in. */
package org.camsurvey.report.excel;
