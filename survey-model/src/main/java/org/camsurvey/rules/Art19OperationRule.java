package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * Art. 19 — duties of the using unit: recordings kept at least 30 days (item 8) and the system
 * running around the clock (item 7).
 */
public final class Art19OperationRule implements Rule {
  /** The shortest retention item (8) allows, days. */
  public static final int MIN_RETENTION_DAYS = 30;

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    for (Camera camera : scene.survey().cameras()) {
      if (camera.retentionDays() != null && camera.retentionDays() < MIN_RETENTION_DAYS) {
        findings.accept(Finding.of(FindingCode.ART19_SHORT_RETENTION).item("8").camera(camera)
            .figure("retention_days", camera.retentionDays())
            .figure("required_days", MIN_RETENTION_DAYS)
            .build());
      }
      if (Boolean.FALSE.equals(camera.runs24h())) {
        findings.accept(Finding.of(FindingCode.ART19_NOT_24H).item("7").camera(camera).build());
      }
    }
  }
}
