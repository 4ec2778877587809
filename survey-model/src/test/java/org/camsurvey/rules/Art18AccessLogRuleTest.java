package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Art. 18: at least two officials (item 1), an approval shown (item 3), as the access log records. */
class Art18AccessLogRuleTest {
  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(2, "渝公(2024)12号", List.of()),
        Arguments.of(3, "渝公(2024)12号", List.of()),
        Arguments.of(1, "渝公(2024)12号", List.of("ART18_TOO_FEW_PERSONS item 1 violation 27(5)")),
        Arguments.of(0, "渝公(2024)12号", List.of("ART18_TOO_FEW_PERSONS item 1 violation 27(5)")),
        Arguments.of(2, null, List.of("ART18_NO_APPROVAL item 3 violation 27(4)")),
        Arguments.of(1, null, List.of(
            "ART18_TOO_FEW_PERSONS item 1 violation 27(5)", "ART18_NO_APPROVAL item 3 violation 27(4)")),
        Arguments.of(null, "渝公(2024)12号", List.of("DATA_MISSING_FIELD item null warning null")),
        Arguments.of(null, null, List.of(
            "DATA_MISSING_FIELD item null warning null", "ART18_NO_APPROVAL item 3 violation 27(4)")));
  }

  @ParameterizedTest(name = "persons {0}, approval {1}: {2}")
  @MethodSource("rows")
  void personsAndApproval(Integer persons, String approval, List<String> expected) {
    List<Finding> findings = survey().access(persons, approval).run(new Art18AccessLogRule());

    assertThat(findings).map(f -> f.code() + " item " + f.item() + " " + f.severity().code() + " " + f.consequence())
        .isEqualTo(expected);
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.party().code()).isEqualTo(f.code().name().startsWith("ART18") ? "official" : "site");
      assertThat(f.siteId()).isEqualTo("S1");
      assertThat(f.source().layer()).isEqualTo("access_log");
      assertThat(f.source().recordNumber()).isEqualTo(1);
    });
  }

  @Test
  void findingsCarryTheRecord() {
    Finding f = survey().access(2, "ok").access(1, "ok").run(new Art18AccessLogRule()).get(0);

    assertThat(f.source().recordLabel()).isEqualTo("#2");
    assertThat(f.figures()).containsExactly(
        org.assertj.core.api.Assertions.entry("when", "2024-03-05 14:30"),
        org.assertj.core.api.Assertions.entry("footage", List.of("C1", "C2")),
        org.assertj.core.api.Assertions.entry("recorded_by", "Li Ming"),
        org.assertj.core.api.Assertions.entry("persons", 1),
        org.assertj.core.api.Assertions.entry("required_persons", 2));
  }

  @Test
  void missingPersonsNamesTheField() {
    Finding f = survey().access(null, "ok").run(new Art18AccessLogRule()).get(0);

    assertThat(f.figures()).containsEntry("fields", "persons");
  }

  @Test
  void theCheckerRunsItInArticleOrder() {
    CheckResult result = survey().with(SurveyFixture.camera("C1").retention(10)).access(1, null).check();

    assertThat(FindingRows.rows(result.findings())).containsExactly(
        "ART18_TOO_FEW_PERSONS S1 - -", "ART18_NO_APPROVAL S1 - -", "ART19_SHORT_RETENTION S1 C1 -");
  }
}
