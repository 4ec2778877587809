/** The documents as Excel workbooks (Apache POI stays here). */
package org.camsurvey.report.excel;
