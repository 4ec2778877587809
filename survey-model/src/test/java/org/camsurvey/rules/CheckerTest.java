package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camsurvey.rules.SurveyFixture.box;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Severity;
import org.camsurvey.model.SourceRef;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;

/** The checker runs every rule and orders findings by site, code (article order), camera, zone. */
class CheckerTest {
  /**
   * Site S1: C1 (unsigned, unfiled, not 24 h), C2 (unsigned PTZ, 10 days' retention), C3 looking
   * north into three forbidden zones (F1, F2 of S1, F3 of S2), an uncovered mandated zone M1.
   * Site S2: A9, unsigned. Import warnings: a missing field on C1, and one for the whole survey.
   */
  private static SurveyFixture mixed() {
    return survey()
        .with(
            camera("C3").aim(0, 90, 30),
            camera("C2").at(-300, 0).aim(180, 60, 10).signage(false).type(CameraType.PTZ).retention(10),
            camera("A9").site("S2").at(300, 0).aim(90, 60, 10).signage(false),
            camera("C1").at(-200, 0).aim(180, 60, 10).signage(false).filed(null).runs24h(false))
        .forbidden("F2", "S1", "9.3", box(2, 10, 4, 12))
        .forbidden("F3", "S2", "9.1", box(-4, 10, -2, 12))
        .forbidden("F1", "S1", "9.3", box(-1, 5, 1, 7))
        .mandated("M1", "S1", "8.7", box(50, 50, 60, 60))
        .warning(Finding.of(FindingCode.DATA_MISSING_FIELD).site("S1")
            .source(new SourceRef("cameras.geojson", "cameras", 4, "C1")).figure("fields", "retention").build())
        .warning(Finding.of(FindingCode.DATA_ENCODING_GUESSED)
            .source(new SourceRef("zones.csv", "zones", 0, null)).figure("encoding", "GB18030").build());
  }

  private static final List<String> MIXED_ORDER = List.of(
      "DATA_ENCODING_GUESSED - - -",
      "ART8_UNCOVERED S1 - M1",
      "ART9_FORBIDDEN_VIEW S1 C3 F1",
      "ART9_FORBIDDEN_VIEW S1 C3 F2",
      "ART9_FORBIDDEN_VIEW S1 C3 F3 S2",
      "ART10_NO_SIGNAGE S1 C1 -",
      "ART10_NO_SIGNAGE S1 C2 -",
      "ART10_NOT_FIXED S1 C2 -",
      "ART15_NOT_FILED S1 C1 -",
      "ART19_SHORT_RETENTION S1 C2 -",
      "ART19_NOT_24H S1 C1 -",
      "DATA_MISSING_FIELD S1 - -",
      "ART10_NO_SIGNAGE S2 A9 -");

  @Test
  void findingsComeBySiteThenCodeInArticleOrderThenCameraThenZone() {
    CheckResult result = mixed().check();

    assertThat(FindingRows.rows(result.findings())).containsExactlyElementsOf(MIXED_ORDER);
  }

  @Test
  void anInterruptedCheckStopsRatherThanRunsOn() {
    SurveyFixture fixture = mixed();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(fixture::check).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(fixture.check().findings()).isNotEmpty();
  }

  @Test
  void theOrderComparesCodesByDeclarationNotByName() {
    List<Finding> shuffled = new ArrayList<>(mixed().check().findings());
    Collections.reverse(shuffled);
    shuffled.sort(Checker.ORDER);

    assertThat(FindingRows.rows(shuffled)).containsExactlyElementsOf(MIXED_ORDER);
    assertThat(FindingCode.ART8_UNCOVERED).isLessThan(FindingCode.ART15_NOT_FILED);
    assertThat(FindingCode.ART19_NOT_24H).isLessThan(FindingCode.DATA_MISSING_FIELD);
  }

  @Test
  void tiesAreBrokenByTheRecord() {
    Finding second = Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED).site("S1")
        .source(new SourceRef("zones.geojson", "zones", 2, null)).build();
    Finding first = Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED).site("S1")
        .source(new SourceRef("zones.geojson", "zones", 1, null)).build();
    List<Finding> findings = new ArrayList<>(List.of(second, first));
    findings.sort(Checker.ORDER);

    assertThat(findings).containsExactly(first, second);
  }

  @Test
  void theResultCountsBySeverity() {
    CheckResult result = mixed().check();

    assertThat(result.count(Severity.VIOLATION)).isEqualTo(7);
    assertThat(result.count(Severity.DEFICIENCY)).isEqualTo(4);
    assertThat(result.count(Severity.WARNING)).isEqualTo(2);
    assertThat(result.hasViolations()).isTrue();
    assertThat(result.options()).isEqualTo(CheckOptions.defaults());
    assertThatThrownBy(() -> result.findings().add(result.findings().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCleanSurveyHasNoFindingsAndNoViolations() {
    CheckResult result = survey().with(camera("C1").aim(0, 90, 100))
        .mandated("M1", "S1", "8.7", box(-5, 20, 5, 30))
        .forbidden("F1", "S1", "9.3", box(-5, -30, 5, -20))
        .check();

    assertThat(result.findings()).isEmpty();
    assertThat(result.hasViolations()).isFalse();
  }

  @Test
  void deficienciesAndWarningsAloneAreNoViolation() {
    CheckResult result = survey().with(camera("C1").signage(false))
        .warning(Finding.of(FindingCode.DATA_MISSING_FIELD).site("S1").figure("fields", "filed").build())
        .check();

    assertThat(FindingRows.rows(result.findings()))
        .containsExactly("ART10_NO_SIGNAGE S1 C1 -", "DATA_MISSING_FIELD S1 - -");
    assertThat(result.hasViolations()).isFalse();
  }

  @Test
  void checkOptionsRejectAMinimumCoverOutsideZeroToOne() {
    assertThatThrownBy(() -> new CheckOptions(1.5, org.camsurvey.geo.ImageQuality.OBSERVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckOptions(Double.NaN, org.camsurvey.geo.ImageQuality.OBSERVE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
