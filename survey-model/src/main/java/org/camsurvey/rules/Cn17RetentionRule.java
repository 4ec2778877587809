package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation, Art. 17 — footage is kept at least 30 days (the measures' "一般" hedge is
 * gone): a camera of a {@code government} or {@code operator} site keeping it for fewer is {@code
 * CN17_SHORT_RETENTION}. Art. 9(2) lifts the duty from other public places. The regulation sets
 * no penalty of its own: the finding is a deficiency, corrected in supervision (Art. 24).
 */
public final class Cn17RetentionRule implements Rule {
  /** The least retention Art. 17 allows, days. */
  public static final int MIN_RETENTION_DAYS = 30;

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    SiteClasses classes = SiteClasses.of(scene.survey());
    for (Camera camera : scene.survey().cameras()) {
      if (camera.retentionDays() != null && camera.retentionDays() < MIN_RETENTION_DAYS
          && classes.buildsUnderArticle7(camera.siteId())) {
        findings.accept(Finding.of(FindingCode.CN17_SHORT_RETENTION).camera(camera)
            .figure("retention_days", camera.retentionDays())
            .figure("required_days", MIN_RETENTION_DAYS)
            .build());
      }
    }
  }
}
