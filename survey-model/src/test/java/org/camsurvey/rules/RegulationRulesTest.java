package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.box;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.ChecklistAnswer.Answer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.Severity;
import org.camsurvey.model.SiteClass;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2025 regulation's rulebook (docs/RULES.md, "cn2025"), code by code. The camera {@code V} of
 * site S1 stands at the origin looking north with a 60° angle and a 10 m range; a zone 4–6 m
 * north of it is wholly in view.
 */
class RegulationRulesTest {
  private static final String IN_VIEW = box(-1, 4, 1, 6);
  private static final String UNDER_IT = box(-1, -1, 1, 1);
  private static final LocalDate JUDGED = LocalDate.of(2026, 11, 20);

  private static CheckOptions under(LocalDate date, LawId... laws) {
    return new CheckOptions(0.9, ImageQuality.OBSERVE, List.of(laws), date);
  }

  private static List<Finding> regulation(SurveyFixture fixture) {
    return fixture.check(under(JUDGED, LawId.CN2025)).findings();
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().name()).toList();
  }

  static Stream<Arguments> forbiddenKinds() {
    return Stream.of(
        Arguments.of(PlaceKind.LODGING_ROOM, "(1)(一)", "1", false),
        Arguments.of(PlaceKind.ENTERTAINMENT_ROOM, "(1)(四)", "1", true),
        Arguments.of(PlaceKind.DORMITORY, "(1)(二)", "2", false),
        Arguments.of(PlaceKind.TOILET, "(1)(三)", "3", false),
        Arguments.of(PlaceKind.BATHROOM, "(1)(三)", "3", false),
        Arguments.of(PlaceKind.CHANGING_ROOM, "(1)(三)", "3", false),
        Arguments.of(PlaceKind.NURSING_ROOM, "(1)(三)", "3", false),
        Arguments.of(PlaceKind.FITTING_ROOM, "(1)(三)", "3", false),
        Arguments.of(PlaceKind.BANK_COUNTER, "(1)(四)", "4", true),
        Arguments.of(PlaceKind.BALLOT, "(1)(四)", "5", true),
        Arguments.of(PlaceKind.OTHER_PRIVATE, "(1)(四)", "6", false));
  }

  @ParameterizedTest(name = "{0}: Art. 8{1} of the regulation, Art. 9({2}) of the measures")
  @MethodSource("forbiddenKinds")
  void aZoneGivenOnlyByItsForbiddenKindFallsUnderEachLawsOwnItem(PlaceKind kind, String part, String cqItem,
      boolean catchAll) {
    SurveyFixture fixture = survey().with(camera("V").aim(0, 60, 10))
        .zone("F1", ZoneRule.FORBIDDEN, null, kind, IN_VIEW).siteClass("S1", SiteClass.OPERATOR);

    List<Finding> both = fixture.check(under(JUDGED, LawId.CN2025, LawId.CQ2009)).findings();

    assertThat(both).extracting(f -> f.code() + " " + f.item() + " " + f.law())
        .containsExactly("ART9_FORBIDDEN_VIEW " + cqItem + " CQ2009", "CN8_FORBIDDEN_VIEW " + part + " CN2025");
    Finding cn = both.get(1);
    assertThat(cn.consequence()).isEqualTo("27(1)");
    assertThat(cn.figures().get("kind")).isEqualTo(kind.code());
    assertThat(cn.figures().containsKey("catch_all")).isEqualTo(catchAll);
  }

  @Test
  void aCameraInsideAForbiddenPlaceIsCn8InsideForbidden() {
    List<Finding> findings = regulation(survey().with(camera("V").aim(0, 60, 10))
        .zone("F1", ZoneRule.FORBIDDEN, "9.1", null, UNDER_IT).siteClass("S1", SiteClass.OPERATOR));

    assertThat(FindingRows.rows(findings)).containsExactly("CN8_INSIDE_FORBIDDEN S1 V F1");
    assertThat(findings.get(0).item()).isEqualTo("(1)(一)");
  }

  @ParameterizedTest(name = "inside: {0}")
  @CsvSource({"true", "false"})
  void aPrivateSitesCameraThatSeesOrStandsInAForbiddenPlaceIsCn33Privacy(boolean inside) {
    List<Finding> findings = regulation(survey().with(camera("V").aim(0, 60, 10))
        .zoneOf("F1", "S2", ZoneRule.FORBIDDEN, null, PlaceKind.TOILET, inside ? UNDER_IT : IN_VIEW)
        .siteClass("S1", SiteClass.PRIVATE).siteClass("S2", SiteClass.OPERATOR));

    assertThat(FindingRows.rows(findings)).containsExactly("CN33_PRIVACY S1 V F1 S2");
    assertThat(findings.get(0).figures().get("inside")).isEqualTo(inside);
    assertThat(findings.get(0).consequence()).isEqualTo("33(2)");
  }

  @ParameterizedTest(name = "consent {0}, class {1}: {2}")
  @CsvSource(nullValues = "null", value = {
      "null, operator, true",
      "false, operator, true",
      "true, operator, false",
      "false, other, true",
      "false, null, true",
      "false, private, false"})
  void aCameraThatSeesASensitiveZoneNeedsTheUnitsConsent(Boolean consent, String siteClass, boolean found) {
    SurveyFixture fixture = survey().with(camera("V").aim(0, 60, 10).consent(consent))
        .zone("Z1", ZoneRule.SENSITIVE, null, null, IN_VIEW);
    if (siteClass != null) {
      fixture.siteClass("S1", SiteClass.valueOf(siteClass.toUpperCase()));
    }

    List<String> codes = codes(regulation(fixture));

    assertThat(codes.contains("CN10_NO_CONSENT")).isEqualTo(found);
  }

  @Test
  void aCameraStandingInASensitiveZoneNeedsConsentToo() {
    List<Finding> findings = regulation(survey().with(camera("V").aim(0, 60, 10).consent(false))
        .zone("Z1", ZoneRule.SENSITIVE, null, PlaceKind.SENSITIVE, UNDER_IT).siteClass("S1", SiteClass.GOVERNMENT));

    assertThat(FindingRows.rows(findings)).containsExactly("CN10_NO_CONSENT S1 V Z1");
    assertThat(findings.get(0).consequence()).isEqualTo("28");
  }

  @Test
  void theMeasuresKnowNoSensitiveZones() {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10).consent(false))
        .zone("Z1", ZoneRule.SENSITIVE, null, null, IN_VIEW).check(under(JUDGED, LawId.CQ2009)).findings();

    assertThat(findings).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SiteClass.class)
  void eachClassCarriesItsOwnDuties(SiteClass siteClass) {
    SurveyFixture fixture = survey()
        .with(camera("V").aim(0, 60, 10).signage(false).retention(15).installed(LocalDate.of(2025, 5, 1)).filed(null))
        .access(new AccessLogEntry("S1", LocalDateTime.of(2026, 3, 5, 14, 30), 1, null, null, List.of("V"), null, null,
            null, new SourceRef("access_log.csv", "access_log", 1, null)))
        .siteClass("S1", siteClass);

    List<String> codes = codes(regulation(fixture));

    List<String> expected = switch (siteClass) {
      case GOVERNMENT, OPERATOR -> List.of("CN13_NO_SIGNAGE", "CN14_NOT_FILED", "CN16_LOG_INCOMPLETE",
          "CN17_SHORT_RETENTION");
      // Art. 9(2): no filing, retention or access controls; Art. 13 binds all the same
      case OTHER -> List.of("CN13_NO_SIGNAGE");
      // Art. 33 alone
      case PRIVATE -> List.of();
    };
    assertThat(codes).containsExactlyElementsOf(expected);
  }

  @Test
  void aSiteWithoutAClassIsWarnedOfAndItsClassDependentRulesAreNotApplied() {
    List<Finding> findings = regulation(survey()
        .with(camera("V").aim(0, 60, 10).signage(false).retention(15).filed(null)));

    assertThat(FindingRows.rows(findings)).containsExactly("DATA_MISSING_FIELD S1 - -");
    assertThat(findings.get(0).figures().get("fields")).isEqualTo("class");
    assertThat(findings.get(0).law()).isEqualTo(LawId.CN2025);
  }

  @Test
  void aZoneWhoseKindCannotBeDerivedIsWarnedOfUnderTheRegulationOnly() {
    SurveyFixture fixture = survey().with(camera("V").aim(0, 60, 10))
        .zone("F1", ZoneRule.FORBIDDEN, "9.9", null, IN_VIEW).siteClass("S1", SiteClass.OPERATOR);

    List<Finding> findings = regulation(fixture);

    assertThat(FindingRows.rows(findings)).containsExactly("DATA_MISSING_FIELD S1 - -");
    assertThat(findings.get(0).figures().get("fields")).isEqualTo("kind");
  }

  @Test
  void theAccessLogFindingListsWhatArticle16AsksAndTheRowLacks() {
    List<Finding> findings = regulation(survey()
        .access(new AccessLogEntry("S1", LocalDateTime.of(2026, 3, 5, 14, 30), 1, null, null, List.of(), "Li Ming", null,
            null, new SourceRef("access_log.csv", "access_log", 1, null)))
        .siteClass("S1", SiteClass.OPERATOR));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).code()).isEqualTo(FindingCode.CN16_LOG_INCOMPLETE);
    assertThat(findings.get(0).figures().get("missing")).isEqualTo(List.of("purpose", "footage", "retrieved_by"));
    assertThat(findings.get(0).item()).isEqualTo("(2)(三)");
  }

  /**
   * Filing periods: 90 days from 2025-04-01 for systems in use before it (Monday 2025-06-30), else
   * 30 days from being put into use, moved past rest days and holidays (2025: May Day 1–5 May,
   * National Day and Mid-Autumn 1–8 October).
   */
  @ParameterizedTest(name = "in use {0}, filed {1}, judged {2}: {3}")
  @CsvSource(nullValues = "null", value = {
      "2025-03-31, null, 2025-06-30, null",
      "2025-03-31, null, 2025-07-01, CN14_NOT_FILED",
      "2025-03-31, 2025-06-30, 2026-11-20, null",
      "2025-03-31, 2025-07-01, 2026-11-20, CN14_LATE_FILING",
      "2019-05-01, 2025-07-01, 2026-11-20, CN14_LATE_FILING",
      // put into use on the day the regulation took effect: 30 days, to 1 May, moved past May Day
      "2025-04-01, null, 2025-05-06, null",
      "2025-04-01, null, 2025-05-07, CN14_NOT_FILED",
      "2025-04-01, 2025-05-06, 2026-11-20, null",
      // 30 days from 1 September end on 1 October: the holiday runs to the 8th
      "2025-09-01, 2025-10-09, 2026-11-20, null",
      "2025-09-01, 2025-10-10, 2026-11-20, CN14_LATE_FILING",
      "2025-09-01, null, 2025-10-09, null",
      "2025-09-01, null, 2025-10-10, CN14_NOT_FILED",
      // a Saturday 30th day moves to Monday
      "2026-01-01, null, 2026-02-02, null",
      "2026-01-01, null, 2026-02-03, CN14_NOT_FILED"})
  void filingPeriodsEndOnTheirLastWorkingDay(LocalDate installed, LocalDate filed, LocalDate judged, String code) {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10).installed(installed).filed(filed))
        .siteClass("S1", SiteClass.OPERATOR).check(under(judged, LawId.CN2025)).findings();

    assertThat(codes(findings)).containsExactlyElementsOf(code == null ? List.of() : List.of(code));
  }

  @Test
  void aFilingFindingGivesTheDueDayAndThePeriod() {
    Finding f = regulation(survey().with(camera("V").aim(0, 60, 10).installed(LocalDate.of(2025, 9, 1)).filed(null))
        .siteClass("S1", SiteClass.GOVERNMENT)).get(0);

    assertThat(f.figures()).containsEntry("due", "2025-10-09").containsEntry("period_days", 30)
        .containsEntry("in_use_before_regulation", false);
    assertThat(f.consequence()).isEqualTo("29");
  }

  @Test
  void aMandatedPlaceOfTheRegulationUnderCoveredIsCn7Uncovered() {
    SurveyFixture fixture = survey().with(camera("V").aim(0, 60, 10))
        .zone("M1", ZoneRule.MANDATED, null, PlaceKind.PUBLIC_ROAD, box(-5, 20, 5, 30))
        .zone("M2", ZoneRule.MANDATED, "8.2", PlaceKind.OTHER_MANDATED, box(-5, 40, 5, 50))
        .siteClass("S1", SiteClass.GOVERNMENT);

    List<Finding> both = fixture.check(under(JUDGED, LawId.CN2025, LawId.CQ2009)).findings();

    // public_road splits over the measures' 8.5 and 8.7: without the item, the measures cannot judge it
    assertThat(both).extracting(f -> f.code() + " " + f.zoneId() + " " + f.item())
        .containsExactly("ART8_UNCOVERED M2 2", "DATA_MISSING_FIELD null null", "CN7_UNCOVERED M1 (1)");
    assertThat(both.get(2).severity()).isEqualTo(Severity.DEFICIENCY);
    assertThat(both.get(2).consequence()).isNull();
  }

  @Test
  void aViewChangedSinceFilingIsCn13ViewChanged() {
    SurveyFixture filed = survey().with(camera("V").aim(0, 60, 10)).siteClass("S1", SiteClass.OPERATOR);
    SurveyFixture now = survey().with(camera("V").aim(90, 60, 10)).siteClass("S1", SiteClass.OPERATOR);

    List<Finding> findings = Checker.check(now.build(), under(JUDGED, LawId.CN2025),
        List.of(new Art10BaselineRule(filed.build(), BaselineTolerances.defaults()))).findings();

    assertThat(FindingRows.rows(findings)).containsExactly("CN13_VIEW_CHANGED S1 V -");
    assertThat(findings.get(0).figures().get("changes")).isEqualTo(List.of("reaimed"));
  }

  static Stream<Arguments> checklistDuties() {
    return Stream.of(
        Arguments.of(7, "(3)", "CN7_CHECKLIST", Severity.VIOLATION, "26"),
        Arguments.of(8, "(2)", "CN8_CHECKLIST", Severity.VIOLATION, "27(2)"),
        Arguments.of(9, "(1)", "CN9_CHECKLIST", Severity.VIOLATION, "26"),
        Arguments.of(11, null, "CN11_CHECKLIST", Severity.DEFICIENCY, null),
        Arguments.of(12, null, "CN12_CHECKLIST", Severity.DEFICIENCY, null),
        Arguments.of(14, "(1)", "CN14_CHECKLIST", Severity.VIOLATION, "29"),
        Arguments.of(14, "(2)", "CN14_CHECKLIST", Severity.VIOLATION, "29"),
        Arguments.of(15, "(2)", "CN15_CHECKLIST", Severity.VIOLATION, "31"),
        Arguments.of(16, "(2)(一)", "CN16_CHECKLIST", Severity.VIOLATION, "31"),
        Arguments.of(17, null, "CN17_CHECKLIST", Severity.VIOLATION, "31"),
        Arguments.of(22, null, "CN22_CHECKLIST", Severity.VIOLATION, "31"),
        Arguments.of(23, "(五)", "CN23_CHECKLIST", Severity.VIOLATION, "31"),
        Arguments.of(24, "(1)", "CN24_CHECKLIST", Severity.DEFICIENCY, null));
  }

  @ParameterizedTest(name = "Art. {0}{1}: {2}")
  @MethodSource("checklistDuties")
  void aNoOnARegulationDutyIsGradedAsTheRulebookSays(int article, String part, String code, Severity severity,
      String consequence) {
    List<Finding> findings = regulation(survey().regulationAnswer(article, part, Answer.NO)
        .siteClass("S1", SiteClass.OPERATOR));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code().name()).isEqualTo(code);
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.consequence()).isEqualTo(consequence);
    assertThat(f.item()).isEqualTo(part);
  }

  /**
   * Art. 23(二) forbids two acts; Art. 30 punishes one: "违反本条例第二十三条第二项规定擅自改动、迁移、
   * 拆除图像采集设备及相关设施的，由公安机关责令改正，给予警告；拒不改正或者造成严重后果的，…罚款".
   */
  @Test
  void alteringRelocatingOrRemovingArticle7EquipmentIsPunishedUnderArticle30() {
    List<Finding> findings = regulation(survey().regulationAnswer(23, "(二)改动", Answer.NO)
        .siteClass("S1", SiteClass.OPERATOR));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo(FindingCode.CN23_CHECKLIST);
    assertThat(f.item()).as("the item cited, as the regulation cites it").isEqualTo("(二)");
    assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
    assertThat(f.party().code()).isEqualTo("anyone");
    assertThat(f.consequence()).isEqualTo("30");
    assertThat(f.figures()).containsEntry("act", "alter");
  }

  /** Spraying or covering the same equipment is forbidden by the same item, and no article punishes it. */
  @Test
  void obstructingArticle7EquipmentBySprayingOrCoveringCitesArticle23AndNoPenalty() {
    List<Finding> findings = regulation(survey().regulationAnswer(23, "(二)遮挡", Answer.NO)
        .siteClass("S1", SiteClass.OPERATOR));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo(FindingCode.CN23_CHECKLIST);
    assertThat(f.article() + f.item()).isEqualTo("23(二)");
    assertThat(f.severity()).as("a prohibited act all the same").isEqualTo(Severity.VIOLATION);
    assertThat(f.consequence()).as("Art. 30 names only altering, relocating and removing").isNull();
    assertThat(f.figures()).containsEntry("act", "obstruct");
  }

  @Test
  void bothActsFoundAtOneSiteAreTwoFindingsEachWithItsOwnConsequence() {
    List<Finding> findings = regulation(survey().regulationAnswer(23, "(二)遮挡", Answer.NO)
        .regulationAnswer(23, "(二)拆除", Answer.NO).siteClass("S1", SiteClass.OTHER));

    assertThat(findings).extracting(f -> f.figures().get("act") + " " + f.consequence())
        .containsExactlyInAnyOrder("obstruct null", "alter 30");
  }

  @Test
  void otherPublicPlacesAreNotAskedWhatArticle9LiftsAndNonPublicPlacesNothing() {
    SurveyFixture other = survey().regulationAnswer(14, "(1)", Answer.NO).regulationAnswer(11, null, Answer.NO)
        .regulationAnswer(23, "(二)改动", Answer.NO);
    SurveyFixture nonPublic = survey().regulationAnswer(23, "(二)遮挡", Answer.NO);

    assertThat(codes(regulation(other.siteClass("S1", SiteClass.OTHER)))).containsExactly("CN23_CHECKLIST");
    assertThat(codes(regulation(nonPublic.siteClass("S1", SiteClass.PRIVATE)))).isEmpty();
  }

  @Test
  void aMeasuresChecklistRowIsNotTheRegulationsAndTheOtherWayRound() {
    SurveyFixture fixture = survey().answer(19, "8", Answer.NO).regulationAnswer(17, null, Answer.NO)
        .siteClass("S1", SiteClass.OPERATOR);

    assertThat(codes(fixture.check(under(JUDGED, LawId.CQ2009)).findings())).containsExactly("ART19_CHECKLIST");
    assertThat(codes(regulation(fixture))).containsExactly("CN17_CHECKLIST");
  }

  @Test
  void underBothLawsEachLawsFindingsAreThoseItGivesAlone() {
    SurveyFixture fixture = survey()
        .with(camera("V").aim(0, 60, 10).signage(false).retention(15).filed(null).consent(false))
        .zone("F1", ZoneRule.FORBIDDEN, "9.3", PlaceKind.FITTING_ROOM, IN_VIEW)
        .zone("Z1", ZoneRule.SENSITIVE, null, null, box(-2, 7, 2, 9))
        .siteClass("S1", SiteClass.OPERATOR);

    List<Finding> both = fixture.check(under(JUDGED, LawId.CN2025, LawId.CQ2009)).findings();
    List<Finding> cn = fixture.check(under(JUDGED, LawId.CN2025)).findings();
    List<Finding> cq = fixture.check(under(JUDGED, LawId.CQ2009)).findings();

    assertThat(both.stream().filter(f -> f.law() == LawId.CN2025).toList()).containsExactlyElementsOf(cn);
    assertThat(both.stream().filter(f -> f.law() == LawId.CQ2009).toList()).containsExactlyElementsOf(cq);
    assertThat(codes(cn)).containsExactly("CN8_FORBIDDEN_VIEW", "CN10_NO_CONSENT", "CN13_NO_SIGNAGE",
        "CN14_NOT_FILED", "CN17_SHORT_RETENTION");
    assertThat(codes(cq)).containsExactly("ART9_FORBIDDEN_VIEW", "ART10_NO_SIGNAGE", "ART15_NOT_FILED",
        "ART19_SHORT_RETENTION");
  }
}
