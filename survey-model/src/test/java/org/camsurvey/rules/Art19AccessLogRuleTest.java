package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.time.LocalDateTime;
import java.util.List;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Finding;
import org.camsurvey.model.SourceRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 19(4): the register names who recorded, who retrieved, when, why and where the footage went. */
class Art19AccessLogRuleTest {
  @ParameterizedTest(name = "recorded_by={0} retrieved_by={1} when={2} purpose={3} destination={4}: {5}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "李明; 张伟; 2024-03-05T14:30; 案件调查; 渝中分局刑侦支队; -",
      "-;    张伟; 2024-03-05T14:30; 案件调查; 渝中分局刑侦支队; recorded_by",
      "李明; -;    2024-03-05T14:30; 案件调查; 渝中分局刑侦支队; retrieved_by",
      "李明; 张伟; -;                案件调查; 渝中分局刑侦支队; when",
      "李明; 张伟; 2024-03-05T14:30; -;       渝中分局刑侦支队; purpose",
      "李明; 张伟; 2024-03-05T14:30; 案件调查; -;               destination",
      "-;    -;    -;                -;       -;               recorded_by retrieved_by when purpose destination"})
  void aRowLackingAnyRegisteredItemIsTheSitesViolation(String recordedBy, String retrievedBy, String when,
      String purpose, String destination, String missing) {
    AccessLogEntry entry = new AccessLogEntry("S1", when == null ? null : LocalDateTime.parse(when), 2, "渝公(2024)12号",
        purpose, List.of("C1"), recordedBy, retrievedBy, destination, new SourceRef("access_log.csv", "access_log", 1, null));

    List<Finding> findings = survey().access(entry).run(new Art19AccessLogRule());

    if (missing == null) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code() + " " + f.article() + "(" + f.item() + ") " + f.severity().code() + " " + f.party().code()
          + " " + f.consequence()).isEqualTo("ART19_LOG_INCOMPLETE 19(4) violation site 25(3)");
      assertThat(f.figures().get("missing")).isEqualTo(List.of(missing.split(" ")));
      assertThat(f.siteId()).isEqualTo("S1");
      assertThat(f.source().layer()).isEqualTo("access_log");
    });
  }
}
