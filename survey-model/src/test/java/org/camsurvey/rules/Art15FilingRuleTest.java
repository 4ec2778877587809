package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camsurvey.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Art. 15: filing; systems built before the measures took effect (2009-12-11) had to be filed
 * within 30 days: the 30th day, 2010-01-10, was a Sunday, so the last day was Monday 2010-01-11.
 */
class Art15FilingRuleTest {
  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of("2020-01-01", "2020-02-01", null),
        Arguments.of("2020-01-01", null, "ART15_NOT_FILED"),
        Arguments.of(null, null, "ART15_NOT_FILED"),
        Arguments.of("2009-12-10", null, "ART15_NOT_FILED"),
        Arguments.of("2009-12-10", "2010-01-10", null),
        Arguments.of("2009-12-10", "2010-01-11", null),
        Arguments.of("2009-12-10", "2010-01-12", "ART15_LATE_FILING"),
        Arguments.of("2009-12-11", "2010-01-11", null),
        Arguments.of("2009-12-11", "2011-06-01", null),
        Arguments.of("2008-06-18", "2010-03-22", "ART15_LATE_FILING"),
        Arguments.of("2008-06-18", "2009-01-05", null),
        Arguments.of(null, "2015-01-01", null));
  }

  @ParameterizedTest(name = "installed {0}, filed {1}: {2}")
  @MethodSource("dates")
  void filingAndTheDeadlineForExistingSystems(String installed, String filed, String code) {
    List<Finding> findings = survey()
        .with(camera("C1").installed(date(installed)).filed(date(filed)))
        .run(new Art15FilingRule());

    if (code == null) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(FindingRows.rows(findings)).containsExactly(code + " S1 C1 -");
    Finding f = findings.get(0);
    assertThat(f.item()).isNull();
    if (code.equals("ART15_LATE_FILING")) {
      assertThat(f.figures()).containsExactlyEntriesOf(orderedMap(
          "paragraph", 2, "installed", installed, "filed", filed, "due", "2010-01-11"));
      assertThat(f.severity().code() + " " + f.party().code() + " " + f.consequence()).isEqualTo("deficiency site null");
    } else {
      assertThat(f.figures()).isEmpty();
    }
  }

  @Test
  void aSurveyWithoutAFiledFieldSaysNothingAboutFiling() {
    List<Finding> findings = survey().withoutCameraField("filed")
        .with(camera("C1").installed(LocalDate.of(2008, 1, 1)).filed(null), camera("C2").filed(null))
        .run(new Art15FilingRule());

    assertThat(findings).isEmpty();
  }

  @Test
  void everyUnfiledCameraIsNamed() {
    List<Finding> findings = survey()
        .with(camera("C1").filed(null), camera("C2"), camera("C3").site("S2").filed(null))
        .run(new Art15FilingRule());

    assertThat(FindingRows.rows(findings)).containsExactly("ART15_NOT_FILED S1 C1 -", "ART15_NOT_FILED S2 C3 -");
  }

  @Test
  void theLastDayIsTheThirtiethDayMovedOffItsSundayToMonday() {
    assertThat(Art15FilingRule.IN_FORCE).isEqualTo(LocalDate.of(2009, 12, 11));
    assertThat(LocalDate.of(2010, 1, 10).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(Art15FilingRule.EXISTING_SYSTEMS_DUE).isEqualTo(LocalDate.of(2010, 1, 11));
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private static Map<String, Object> orderedMap(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
