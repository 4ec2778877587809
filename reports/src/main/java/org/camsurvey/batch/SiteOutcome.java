package org.camsurvey.batch;

import java.util.List;
import org.camsurvey.report.FindingsJsonLines;

/**
 * What one unit of a batch came to, as its part file records it.
 *
 * @param source the survey, as the user named it
 * @param siteId the site, or null for the survey's warnings that concern no site
 * @param name the site's name, or null
 * @param cameras the site's cameras
 * @param zones the site's own zones
 * @param violations findings that are violations
 * @param deficiencies findings that are deficiencies
 * @param warnings findings that are warnings
 * @param findings the findings as JSON Lines, UTF-8
 * @param lines what the summary workbook shows of each finding, in order
 */
public record SiteOutcome(String source, String siteId, String name, int cameras, int zones, long violations,
    long deficiencies, long warnings, byte[] findings, List<FindingsJsonLines.Line> lines) {}
