package org.camsurvey.remedy;

import java.util.Set;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.ZoneRule;

/**
 * The findings of one law that a fix settles: the codes for a camera that sees or stands in a
 * zone the law forbids, the code for a mandated zone short of its cover, and the articles that
 * order a camera removed or a zone covered. A law's rulebook plugs in here.
 *
 * @param forbiddenRule the zones whose sight the law forbids
 * @param seesForbidden the codes for a camera seeing a forbidden zone
 * @param insideForbidden the code for a camera standing inside one
 * @param uncovered the code for a mandated zone short of its cover
 * @param removalArticle the article ordering a forbidden camera removed
 * @param coverArticle the article ordering a short zone put right
 */
public record RemedyLaw(
    ZoneRule forbiddenRule,
    Set<FindingCode> seesForbidden,
    FindingCode insideForbidden,
    FindingCode uncovered,
    String removalArticle,
    String coverArticle) {

  public RemedyLaw {
    seesForbidden = Set.copyOf(seesForbidden);
  }

  /** Chongqing's 2009 measures: Art. 9 forbids, Art. 8 mandates; Art. 24 removes, Art. 23 orders rectified. */
  public static final RemedyLaw MEASURES_2009 = new RemedyLaw(ZoneRule.FORBIDDEN,
      Set.of(FindingCode.ART9_FORBIDDEN_VIEW), FindingCode.ART9_INSIDE_FORBIDDEN, FindingCode.ART8_UNCOVERED, "24", "23");

  /** Whether a finding is one this law's fix settles. */
  public boolean settles(FindingCode code) {
    return seesForbidden.contains(code) || code == insideForbidden || code == uncovered;
  }
}
