package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;

/**
 * What a check found, in order.
 *
 * @param survey the survey checked
 * @param options how it was checked
 * @param findings the findings, sorted by site, code, camera, zone
 * @param coverage the coverage of every mandated zone, met or not, in the survey's order
 * @param scene the views the check built, which documents draw rather than build again; null for
 *     a result no check made (findings alone)
 */
public record CheckResult(Survey survey, CheckOptions options, List<Finding> findings, List<ZoneCoverage> coverage,
    Scene scene) {
  public CheckResult {
    findings = List.copyOf(findings);
    coverage = List.copyOf(coverage);
  }

  /** A result with no coverage figures and no views (findings alone). */
  public CheckResult(Survey survey, CheckOptions options, List<Finding> findings) {
    this(survey, options, findings, List.of(), null);
  }

  /** The coverage a mandated zone needs: its own {@code min_cover}, else the check's. */
  public double required(ZoneCoverage c) {
    return c.required(options);
  }

  /** This result with more findings, in {@link Checker#ORDER}. */
  public CheckResult with(List<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    all.sort(Checker.ORDER);
    return new CheckResult(survey, options, all, coverage, scene);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasViolations() {
    return count(Severity.VIOLATION) > 0;
  }
}
