package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation, Art. 13 — a public-safety camera is announced by a conspicuous sign: a
 * camera whose {@code signage} is {@code no} is {@code CN13_NO_SIGNAGE}, at a site of every class
 * but {@code private} (Art. 9(2) does not lift Art. 13 from other public places: a reading, since
 * Art. 13 addresses the managing unit; docs/RULES.md says so). Art. 13's last sentence orders
 * the correction; no fine follows.
 */
public final class Cn13SignageRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    SiteClasses classes = SiteClasses.of(scene.survey());
    for (Camera camera : scene.survey().cameras()) {
      if (Boolean.FALSE.equals(camera.signage()) && classes.isPublic(camera.siteId())) {
        findings.accept(Finding.of(FindingCode.CN13_NO_SIGNAGE).camera(camera).build());
      }
    }
  }
}
