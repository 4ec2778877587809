package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camsurvey.law.MeasuresZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Interruption;
import org.camsurvey.view.Scene;

/** Runs every rule over a survey and puts the findings in the order docs/CLI.md promises. */
public final class Checker {
  /**
   * Site, code, camera, zone; then the zone's site and the record, so that the order is total.
   * Codes go in article order (ART8 before ART15), then as {@link FindingCode} lists them; codes
   * without an article (data and baseline warnings) last.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::siteId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(f -> f.article() == null ? Integer.MAX_VALUE : Integer.parseInt(f.article()))
          .thenComparing(Finding::code)
          .thenComparing(Finding::cameraId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::zoneId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::zoneSiteId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(f -> f.source() == null ? "" : f.source().file() + "\u0000" + f.source().layer())
          .thenComparingInt(f -> f.source() == null ? 0 : f.source().recordNumber());

  private static final List<Rule> RULES =
      List.of(
          new Art8CoverageRule(),
          new Art9PrivacyRule(),
          new Art10SignageRule(),
          new Art15FilingRule(),
          new Art18AccessLogRule(),
          new Art19OperationRule(),
          new Art19AccessLogRule(),
          new ChecklistRule());

  private Checker() {}

  public static CheckResult check(Survey survey, CheckOptions options) {
    return check(survey, options, List.of());
  }

  /**
   * Runs every rule and the given ones, which need more than the survey (such as an {@link
   * Art10BaselineRule} with the filed baseline), over the survey as the measures judge it ({@link
   * MeasuresZones}): the result carries that survey.
   */
  public static CheckResult check(Survey survey, CheckOptions options, List<Rule> more) {
    MeasuresZones measures = MeasuresZones.of(survey);
    Scene scene = new Scene(measures.survey(), options);
    List<Finding> findings = new ArrayList<>(survey.importWarnings());
    findings.addAll(measures.warnings());
    for (Rule rule : RULES) {
      Interruption.stopIfInterrupted();
      rule.check(scene, findings::add);
    }
    for (Rule rule : more) {
      Interruption.stopIfInterrupted();
      rule.check(scene, findings::add);
    }
    findings.sort(ORDER);
    return new CheckResult(measures.survey(), options, findings, scene.coverage());
  }
}
