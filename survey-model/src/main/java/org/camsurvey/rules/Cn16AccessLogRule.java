package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation, Art. 16(2)(三) — the register of retrievals records the reason, the content,
 * and the retrieving person's unit and name: a row of a {@code government} or {@code operator}
 * site lacking {@code purpose}, {@code footage} or {@code retrieved_by} is {@code
 * CN16_LOG_INCOMPLETE} (Art. 31), listing what it lacks. Art. 9(2) lifts the duty from other
 * public places.
 */
public final class Cn16AccessLogRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    SiteClasses classes = SiteClasses.of(scene.survey());
    for (AccessLogEntry entry : scene.survey().accessLog()) {
      if (!classes.buildsUnderArticle7(entry.siteId())) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (entry.purpose() == null) {
        missing.add("purpose");
      }
      if (entry.footage().isEmpty()) {
        missing.add("footage");
      }
      if (entry.retrievedBy() == null) {
        missing.add("retrieved_by");
      }
      if (!missing.isEmpty()) {
        findings.accept(Art18AccessLogRule.record(Finding.of(FindingCode.CN16_LOG_INCOMPLETE).item("(2)(三)"), entry)
            .figure("missing", missing).build());
      }
    }
  }
}
