package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.law.RegulationZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation, Art. 10 — cameras in military restricted or managed zones, classified units
 * and the areas around them need the unit's prior consent: a camera that stands in, or sees more
 * than {@value Art9PrivacyRule#MIN_OVERLAP_M2} m² of, a {@code sensitive} zone and whose {@code
 * consent} is not {@code yes} is {@code CN10_NO_CONSENT} (Art. 28). An empty {@code consent} is
 * not consent. Cameras of non-public places answer to Art. 33 alone and are passed by.
 */
public final class Cn10ConsentRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    SiteClasses classes = SiteClasses.of(scene.survey());
    ZoneSightings.each(scene, RegulationZones::sensitive, sighting -> {
      if (Boolean.TRUE.equals(sighting.camera().consent()) || classes.isPrivate(sighting.camera().siteId())) {
        return;
      }
      Finding.Builder finding = Art9PrivacyRule.finding(scene.survey(), sighting, FindingCode.CN10_NO_CONSENT,
          FindingCode.CN10_NO_CONSENT).item(null).figure("inside", sighting.inside());
      if (sighting.camera().consent() == null) {
        finding.figure("consent", "unknown");
      }
      findings.accept(finding.build());
    });
  }
}
