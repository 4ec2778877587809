package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.camsurvey.law.MeasuresZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Interruption;
import org.camsurvey.view.Scene;

/** Runs every rule over a survey and puts the findings in the order docs/CLI.md promises. */
public final class Checker {
  /**
   * Site, law (the measures' findings, then the regulation's, then warnings of no law), code,
   * camera, zone; then the zone's site and the record, so that the order is total.
   * Codes go in article order (ART8 before ART15), then as {@link FindingCode} lists them; codes
   * without an article (data and baseline warnings) last.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::siteId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::law, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(f -> f.article() == null ? Integer.MAX_VALUE : Integer.parseInt(f.article()))
          .thenComparing(Finding::code)
          .thenComparing(Finding::cameraId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::zoneId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::zoneSiteId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(f -> f.source() == null ? "" : f.source().file() + "\u0000" + f.source().layer())
          .thenComparingInt(f -> f.source() == null ? 0 : f.source().recordNumber());

  private Checker() {}

  public static CheckResult check(Survey survey, CheckOptions options) {
    return check(survey, options, List.of());
  }

  /**
   * Judges a survey by each law of the options: the views are built once ({@link Scene}) over the
   * survey with every zone ({@link MeasuresZones#filled}), and each law's {@link Rulebook} runs its
   * rules, and the given ones, which need more than the survey (such as an {@link
   * Art10BaselineRule} with the filed baseline), over its own share of the zones; the given ones
   * may amend the law's own findings ({@link Rule#amends}). The result
   * carries the survey as the measures judge it when they are the only law, else the whole.
   */
  public static CheckResult check(Survey survey, CheckOptions options, List<Rule> more) {
    Survey whole = MeasuresZones.filled(survey);
    Scene scene = new Scene(whole, options);
    List<Finding> findings = new ArrayList<>(survey.importWarnings());
    Survey judgedAlone = whole;
    for (LawId law : options.laws()) {
      Rulebook book = Rulebook.of(law);
      Rulebook.Judged judged = book.judges().apply(whole);
      findings.addAll(judged.warnings());
      Scene lawScene = scene.judgedBy(law, judged.survey());
      // the rules given (a filed baseline) may know more of the law's own findings than their rules do
      List<UnaryOperator<Finding>> amendments = more.stream().map(rule -> rule.amends(lawScene)).toList();
      Consumer<Finding> kept = finding -> {
        for (UnaryOperator<Finding> amendment : amendments) {
          finding = amendment.apply(finding);
        }
        findings.add(finding);
      };
      for (Rule rule : book.rules()) {
        Interruption.stopIfInterrupted();
        rule.check(lawScene, kept);
      }
      for (Rule rule : more) {
        Interruption.stopIfInterrupted();
        rule.check(lawScene, findings::add);
      }
      judgedAlone = judged.survey();
    }
    findings.sort(ORDER);
    boolean alone = options.laws().size() == 1;
    Survey result = alone ? judgedAlone : whole;
    Scene carried = alone ? scene.judgedBy(options.laws().get(0), result) : scene;
    return new CheckResult(result, options, findings, carried.coverage(), carried);
  }
}
