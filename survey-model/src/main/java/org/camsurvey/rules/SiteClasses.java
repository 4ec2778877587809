package org.camsurvey.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camsurvey.model.Site;
import org.camsurvey.model.SiteClass;
import org.camsurvey.model.Survey;

/**
 * The class of each site under the 2025 regulation (Arts. 7, 9, 33), which decides the duties its
 * cameras carry: filing, retention and access controls bind only {@code government} and {@code
 * operator} sites (Art. 9(2) exempts {@code other}), and a {@code private} site answers to Art. 33
 * alone. A site without a class has none here: the rules that depend on it pass its cameras by.
 */
final class SiteClasses {
  private final Map<String, SiteClass> classes = new HashMap<>();

  private SiteClasses(Survey survey) {
    for (Site site : survey.sites()) {
      if (site.siteClass() != null) {
        classes.put(site.siteId(), site.siteClass());
      }
    }
  }

  static SiteClasses of(Survey survey) {
    return new SiteClasses(survey);
  }

  Optional<SiteClass> of(String siteId) {
    return Optional.ofNullable(classes.get(siteId));
  }

  /** Whether the site is known to be a non-public place (Art. 33). */
  boolean isPrivate(String siteId) {
    return classes.get(siteId) == SiteClass.PRIVATE;
  }

  /**
   * Whether the site builds its system under Art. 7 (class {@code government} or {@code operator}),
   * so that the mandatory requirements Art. 9(2) lifts from other public places bind it (Arts. 11,
   * 14, 15, 16(2), 17).
   */
  boolean buildsUnderArticle7(String siteId) {
    SiteClass c = classes.get(siteId);
    return c == SiteClass.GOVERNMENT || c == SiteClass.OPERATOR;
  }

  /** Whether the site is known to be a public place of any class (Art. 13 binds every one). */
  boolean isPublic(String siteId) {
    SiteClass c = classes.get(siteId);
    return c != null && c != SiteClass.PRIVATE;
  }
}
