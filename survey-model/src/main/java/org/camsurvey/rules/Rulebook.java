package org.camsurvey.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.camsurvey.law.MeasuresZones;
import org.camsurvey.law.RegulationZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Survey;

/**
 * One law's rules: which of a survey's zones it judges (and the warnings for those it cannot),
 * and the rule families that judge them, one per article. The codes each rule makes carry the
 * law's severities, parties and consequences ({@link org.camsurvey.model.FindingCode}); the law's
 * particulars and text are {@link org.camsurvey.law.Law}'s. {@link Checker} builds the scene once
 * and hands it to each law's rulebook in turn.
 *
 * <p>A third law is a third instance: its {@link LawId}, its text and particulars, its codes and
 * messages, and its rules over the same scene.
 *
 * @param law the law
 * @param judges the survey as the law judges it: the zones it knows, and warnings for the rest
 * @param rules the rule families, in the order they run
 */
public record Rulebook(LawId law, Function<Survey, Judged> judges, List<Rule> rules) {
  /** The Chongqing measures of 2009 (docs/RULES.md). */
  public static final Rulebook MEASURES_2009 = new Rulebook(LawId.CQ2009, survey -> {
    MeasuresZones zones = MeasuresZones.of(survey);
    return new Judged(zones.survey(), zones.warnings());
  }, List.of(
      new Art8CoverageRule(),
      new Art9PrivacyRule(),
      new Art10SignageRule(),
      new Art15FilingRule(),
      new Art18AccessLogRule(),
      new Art19OperationRule(),
      new Art19AccessLogRule(),
      new ChecklistRule()));

  /** The State Council's regulation of 2025 (docs/RULES.md, "cn2025"). */
  public static final Rulebook REGULATION_2025 = new Rulebook(LawId.CN2025, survey -> {
    RegulationZones zones = RegulationZones.of(survey);
    return new Judged(zones.survey(), zones.warnings());
  }, List.of(
      new Cn7CoverageRule(),
      new Cn8ForbiddenRule(),
      new Cn10ConsentRule(),
      new Cn13SignageRule(),
      new Cn14FilingRule(),
      new Cn16AccessLogRule(),
      new Cn17RetentionRule(),
      new CnChecklistRule()));

  /**
   * A survey as one law judges it.
   *
   * @param survey the survey with the zones the law judges, the same zone objects as the whole's
   * @param warnings data warnings for what the law cannot judge
   */
  public record Judged(Survey survey, List<Finding> warnings) {
    public Judged {
      warnings = List.copyOf(warnings);
    }
  }

  public Rulebook {
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(judges, "judges");
    rules = List.copyOf(rules);
  }

  public static Rulebook of(LawId law) {
    return switch (law) {
      case CQ2009 -> MEASURES_2009;
      case CN2025 -> REGULATION_2025;
    };
  }
}
