package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Art. 19: recordings kept at least 30 days (item 8), running around the clock (item 7). */
class Art19OperationRuleTest {
  static Stream<Arguments> cameras() {
    return Stream.of(
        Arguments.of(30, true, List.of()),
        Arguments.of(29, true, List.of("ART19_SHORT_RETENTION S1 C1 - item 8 {retention_days=29, required_days=30}")),
        Arguments.of(0, true, List.of("ART19_SHORT_RETENTION S1 C1 - item 8 {retention_days=0, required_days=30}")),
        Arguments.of(365, true, List.of()),
        Arguments.of(null, true, List.of()),
        Arguments.of(30, false, List.of("ART19_NOT_24H S1 C1 - item 7 {}")),
        Arguments.of(30, null, List.of()),
        Arguments.of(15, false, List.of(
            "ART19_SHORT_RETENTION S1 C1 - item 8 {retention_days=15, required_days=30}",
            "ART19_NOT_24H S1 C1 - item 7 {}")));
  }

  @ParameterizedTest(name = "retention {0}, runs_24h {1}: {2}")
  @MethodSource("cameras")
  void retentionAndRunningAroundTheClock(Integer retention, Boolean runs24h, List<String> expected) {
    List<Finding> findings = survey().with(camera("C1").retention(retention).runs24h(runs24h))
        .run(new Art19OperationRule());

    assertThat(findings).map(f -> FindingRows.row(f) + " item " + f.item() + " " + f.figures())
        .isEqualTo(expected);
  }
}
