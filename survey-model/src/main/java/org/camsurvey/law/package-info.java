/** What the laws count on besides their text: periods counted in days and the holiday calendar they end by. */
package org.camsurvey.law;
