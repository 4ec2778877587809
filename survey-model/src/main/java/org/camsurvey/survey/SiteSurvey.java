package org.camsurvey.survey;

import org.camsurvey.model.Survey;

/**
 * One unit of a batch: a site's own survey, or the warnings of a whole survey that concern no site.
 *
 * @param source the survey it comes from, as the user named it
 * @param siteId the site, or null for the survey-wide warnings
 * @param survey what the site's check needs (see {@link org.camsurvey.survey.SiteSplit})
 * @param zones how many zones the site has of its own
 */
public record SiteSurvey(String source, String siteId, Survey survey, int zones) {
  /** How many cameras the site has. */
  public int cameras() {
    return survey.cameras().size();
  }
}
