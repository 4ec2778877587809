package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * Art. 19(4) — the using unit registers who recorded the footage, who retrieved it, when, for
 * what purpose and where it went: a row of the access log lacking any of them is the site's
 * breach ({@code ART19_LOG_INCOMPLETE}, Art. 25(3)), and the finding lists what it lacks.
 *
 * <p>A register without one of the columns registers none of it: every row lacks it.
 */
public final class Art19AccessLogRule implements Rule {
  /** What a row must register, in the order of Art. 19(4). */
  public static final List<String> REGISTERED = List.of("recorded_by", "retrieved_by", "when", "purpose", "destination");

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    for (AccessLogEntry entry : scene.survey().accessLog()) {
      List<String> missing = new ArrayList<>();
      for (String field : REGISTERED) {
        if (value(entry, field) == null) {
          missing.add(field);
        }
      }
      if (!missing.isEmpty()) {
        findings.accept(Art18AccessLogRule.record(Finding.of(FindingCode.ART19_LOG_INCOMPLETE).item("4"), entry)
            .figure("missing", missing).build());
      }
    }
  }

  private static Object value(AccessLogEntry entry, String field) {
    return switch (field) {
      case "recorded_by" -> entry.recordedBy();
      case "retrieved_by" -> entry.retrievedBy();
      case "when" -> entry.when();
      case "purpose" -> entry.purpose();
      case "destination" -> entry.destination();
      default -> throw new IllegalArgumentException(field);
    };
  }
}
