package org.camsurvey.rules;

import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Survey;

/**
 * What a check found, in order.
 *
 * @param survey the survey checked
 * @param options how it was checked
 * @param findings the findings, sorted by site, code, camera, zone
 */
public record CheckResult(Survey survey, CheckOptions options, List<Finding> findings) {
  public CheckResult {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasViolations() {
    return count(Severity.VIOLATION) > 0;
  }
}
