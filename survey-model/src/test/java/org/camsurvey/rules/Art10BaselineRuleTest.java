package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 10: position, direction and reach fixed, against the filed baseline; Art. 20(2): a changed
 * camera turned onto a forbidden zone its filed view did not see.
 */
class Art10BaselineRuleTest {
  private static final BaselineTolerances DEFAULTS = BaselineTolerances.defaults();

  private static List<Finding> diff(SurveyFixture.CameraSpec filed, SurveyFixture.CameraSpec now) {
    return diff(filed, now, DEFAULTS);
  }

  private static List<Finding> diff(SurveyFixture.CameraSpec filed, SurveyFixture.CameraSpec now, BaselineTolerances t) {
    return new Art10BaselineRule(survey().with(filed).build(), t).diff(survey().with(now).build()).findings();
  }

  private static List<String> rows(List<Finding> findings) {
    return findings.stream().map(f -> FindingRows.row(f) + " " + f.figures()).toList();
  }

  @ParameterizedTest(name = "moved {0} m east: {1}")
  @CsvSource(delimiter = ';', value = {
      "0;   ",
      "0.9; ",
      "1.1; ART10_MOVED S1 C1 - {distance_m=1.1, tolerance_m=1.0}",
      "3;   ART10_MOVED S1 C1 - {distance_m=3.0, tolerance_m=1.0}"})
  void moved(double metres, String expected) {
    List<Finding> findings = diff(camera("C1"), camera("C1").at(metres, 0));

    assertThat(rows(findings)).isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "heading {0} → {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "0;     4.9;  ",
      "0;     5.1;  ART10_REAIMED S1 C1 - {heading_before=0.0, heading_after=5.1, turned_deg=5.1, tolerance_deg=5.0}",
      "359;   3;    ",
      "357;   3;    ART10_REAIMED S1 C1 - {heading_before=357.0, heading_after=3.0, turned_deg=6.0, tolerance_deg=5.0}",
      "3;     358.1;",
      "2;     356.9;ART10_REAIMED S1 C1 - {heading_before=2.0, heading_after=356.9, turned_deg=5.1, tolerance_deg=5.0}",
      "10;    190;  ART10_REAIMED S1 C1 - {heading_before=10.0, heading_after=190.0, turned_deg=180.0, tolerance_deg=5.0}"})
  void turned(double before, double after, String expected) {
    List<Finding> findings = diff(camera("C1").aim(before, 90, 100), camera("C1").aim(after, 90, 100));

    assertThat(rows(findings)).isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "angle 90 → {0}, range 100 → {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "95;   100; ",
      "85;   100; ",
      "95.1; 100; ART10_FOV_CHANGED S1 C1 - {hfov_before=90.0, hfov_after=95.1, range_before_m=100.0, range_after_m=100.0, range_change=0.0}",
      "84.9; 100; ART10_FOV_CHANGED S1 C1 - {hfov_before=90.0, hfov_after=84.9, range_before_m=100.0, range_after_m=100.0, range_change=0.0}",
      "90;   110; ",
      "90;   90;  ",
      "90;   111; ART10_FOV_CHANGED S1 C1 - {hfov_before=90.0, hfov_after=90.0, range_before_m=100.0, range_after_m=111.0, range_change=0.11}",
      "90;   89;  ART10_FOV_CHANGED S1 C1 - {hfov_before=90.0, hfov_after=90.0, range_before_m=100.0, range_after_m=89.0, range_change=-0.11}",
      "120;  150; ART10_FOV_CHANGED S1 C1 - {hfov_before=90.0, hfov_after=120.0, range_before_m=100.0, range_after_m=150.0, range_change=0.5}"})
  void fieldOfView(double hfov, double range, String expected) {
    List<Finding> findings = diff(camera("C1").aim(0, 90, 100), camera("C1").aim(0, hfov, range));

    assertThat(rows(findings)).isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  @Test
  void everyChangeIsAnArticle10DeficiencyOfTheSite() {
    List<Finding> findings = diff(camera("C1").aim(0, 90, 100), camera("C1").at(5, 0).aim(90, 60, 50));

    assertThat(findings).map(f -> f.code() + " " + f.article() + "(" + f.item() + ") " + f.severity().code() + " "
            + f.party().code() + " " + f.consequence())
        .containsExactly("ART10_MOVED 10(null) deficiency site null", "ART10_REAIMED 10(null) deficiency site null",
            "ART10_FOV_CHANGED 10(null) deficiency site null");
  }

  /** A room 10 m east of the camera, 4 m across, that a camera looking north does not see. */
  private static final String ROOM_EAST = "POLYGON ((10 -2, 14 -2, 14 2, 10 2, 10 -2))";

  private static CheckResult checkAgainst(SurveyFixture.CameraSpec filed, SurveyFixture.CameraSpec now) {
    Survey baseline = survey().with(filed).forbidden("Z1", "S1", "9.1", ROOM_EAST).build();
    return Checker.check(survey().with(now).forbidden("Z1", "S1", "9.1", ROOM_EAST).build(), CheckOptions.defaults(),
        List.of(new Art10BaselineRule(baseline, DEFAULTS)));
  }

  @Test
  void aCameraTurnedOntoAForbiddenZoneIsRepurposed() {
    CheckResult result = checkAgainst(camera("C1").aim(0, 60, 30), camera("C1").aim(90, 60, 30));

    assertThat(FindingRows.rows(result.findings()))
        .containsExactly("ART9_FORBIDDEN_VIEW S1 C1 Z1", "ART10_REAIMED S1 C1 -", "ART20_REPURPOSED S1 C1 Z1");
    Finding repurposed = result.findings().get(2);
    assertThat(repurposed.article() + "(" + repurposed.item() + ") " + repurposed.severity().code() + " "
        + repurposed.party().code() + " " + repurposed.consequence()).isEqualTo("20(2) violation site 25(4)");
    assertThat((double) repurposed.figures().get("overlap_m2")).isGreaterThan(1);
  }

  @Test
  void aCameraThatSawTheZoneWhenFiledIsNotRepurposedByTurning() {
    CheckResult result = checkAgainst(camera("C1").aim(80, 60, 30), camera("C1").aim(100, 60, 30));

    assertThat(FindingRows.rows(result.findings()))
        .containsExactly("ART9_FORBIDDEN_VIEW S1 C1 Z1", "ART10_REAIMED S1 C1 -");
  }

  @Test
  void aCameraTurnedAwayFromForbiddenZonesIsNotRepurposed() {
    CheckResult result = checkAgainst(camera("C1").aim(0, 60, 30), camera("C1").aim(300, 60, 30));

    assertThat(FindingRows.rows(result.findings())).containsExactly("ART10_REAIMED S1 C1 -");
  }

  @Test
  void aCameraMovedIntoAForbiddenZoneIsRepurposed() {
    CheckResult result = checkAgainst(camera("C1").aim(0, 60, 30), camera("C1").at(12, 0).aim(0, 60, 30));

    assertThat(FindingRows.rows(result.findings()))
        .containsExactly("ART9_INSIDE_FORBIDDEN S1 C1 Z1", "ART10_MOVED S1 C1 -", "ART20_REPURPOSED S1 C1 Z1");
    assertThat(result.findings().get(2).figures()).doesNotContainKey("overlap_m2");
  }

  @Test
  void aCameraWithinTheTolerancesIsNeverRepurposed() {
    // turned 4.9°, under the 5° tolerance, and so not changed, though its view now reaches the room's corner
    CheckResult result = checkAgainst(camera("C1").aim(45, 60, 30), camera("C1").aim(49.9, 60, 30));

    assertThat(FindingRows.rows(result.findings())).containsExactly("ART9_FORBIDDEN_VIEW S1 C1 Z1");
  }

  private static CheckResult checkAgainst(SurveyFixture.CameraSpec filed, SurveyFixture.CameraSpec now, LawId... laws) {
    Survey baseline = survey().with(filed).forbidden("Z1", "S1", "9.1", ROOM_EAST).build();
    CheckOptions options = new CheckOptions(CheckOptions.DEFAULT_MIN_COVER, ImageQuality.OBSERVE, List.of(laws),
        LocalDate.of(2026, 11, 20));
    return Checker.check(survey().with(now).forbidden("Z1", "S1", "9.1", ROOM_EAST).build(), options,
        List.of(new Art10BaselineRule(baseline, DEFAULTS)));
  }

  private static List<String> changedSinceFiling(CheckResult result) {
    return result.findings().stream().filter(f -> f.code().name().startsWith("CN8_"))
        .map(f -> f.code() + " " + f.zoneId() + " " + f.figures().get("changed_since_filing")).toList();
  }

  @Test
  void underTheRegulationAForbiddenViewNewSinceFilingSaysSo() {
    CheckResult result = checkAgainst(camera("C1").aim(0, 60, 30), camera("C1").aim(90, 60, 30), LawId.CN2025);

    assertThat(changedSinceFiling(result)).containsExactly("CN8_FORBIDDEN_VIEW Z1 true");
    assertThat(FindingRows.rows(result.findings())).contains("CN13_VIEW_CHANGED S1 C1 -")
        .noneMatch(row -> row.startsWith("ART20"));
  }

  @Test
  void underTheRegulationACameraMovedIntoAForbiddenZoneSaysSo() {
    CheckResult result = checkAgainst(camera("C1").aim(0, 60, 30), camera("C1").at(12, 0).aim(0, 60, 30),
        LawId.CN2025);

    assertThat(changedSinceFiling(result)).containsExactly("CN8_INSIDE_FORBIDDEN Z1 true");
  }

  @Test
  void underTheRegulationAForbiddenViewTheFiledViewHadIsNotNew() {
    CheckResult turned = checkAgainst(camera("C1").aim(80, 60, 30), camera("C1").aim(100, 60, 30), LawId.CN2025);
    CheckResult unchanged = checkAgainst(camera("C1").aim(90, 60, 30), camera("C1").aim(90, 60, 30), LawId.CN2025);
    CheckResult withinTolerance = checkAgainst(camera("C1").aim(45, 60, 30), camera("C1").aim(49.9, 60, 30),
        LawId.CN2025);

    assertThat(changedSinceFiling(turned)).containsExactly("CN8_FORBIDDEN_VIEW Z1 null");
    assertThat(changedSinceFiling(unchanged)).containsExactly("CN8_FORBIDDEN_VIEW Z1 null");
    assertThat(changedSinceFiling(withinTolerance)).containsExactly("CN8_FORBIDDEN_VIEW Z1 null");
  }

  @Test
  void underBothLawsTheNewForbiddenViewIsRepurposingAndChangedSinceFilingAlike() {
    CheckResult result = checkAgainst(camera("C1").aim(0, 60, 30), camera("C1").aim(90, 60, 30), LawId.CN2025,
        LawId.CQ2009);

    assertThat(FindingRows.rows(result.findings())).contains("ART20_REPURPOSED S1 C1 Z1");
    assertThat(changedSinceFiling(result)).containsExactly("CN8_FORBIDDEN_VIEW Z1 true");
  }

  @Test
  void diffNeedsNoViewsAndSoLeavesRepurposingToCheck() {
    Survey baseline = survey().with(camera("C1").aim(0, 60, 30)).forbidden("Z1", "S1", "9.1", ROOM_EAST).build();
    Survey now = survey().with(camera("C1").aim(90, 60, 30)).forbidden("Z1", "S1", "9.1", ROOM_EAST).build();

    assertThat(FindingRows.rows(new Art10BaselineRule(baseline, DEFAULTS).diff(now).findings()))
        .containsExactly("ART10_REAIMED S1 C1 -");
  }

  @Test
  void toleranceOptionsApply() {
    BaselineTolerances loose = new BaselineTolerances(5, 30, 40, 0.6);

    assertThat(diff(camera("C1").aim(0, 90, 100), camera("C1").at(3, 0).aim(20, 120, 150), loose)).isEmpty();
    assertThatThrownBy(() -> new BaselineTolerances(-1, 5, 5, 0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BaselineTolerances(1, Double.NaN, 5, 0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void camerasAddedAndRemovedAreWarningsMatchedBySiteAndNumber() {
    Survey filed = survey().with(camera("C1"), camera("C2").at(10, 0), camera("C3").site("S2")).build();
    Survey now = survey().with(camera("C1"), camera("C3"), camera("C4")).build();

    List<Finding> findings = new Art10BaselineRule(filed, DEFAULTS).diff(now).findings();

    assertThat(FindingRows.rows(findings)).containsExactly(
        "BASELINE_CAMERA_ADDED S1 C3 -", "BASELINE_CAMERA_ADDED S1 C4 -",
        "BASELINE_CAMERA_REMOVED S1 C2 -", "BASELINE_CAMERA_REMOVED S2 C3 -");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity().code()).isEqualTo("warning"));
    Finding removed = findings.get(2);
    assertThat(removed.geometry().getCoordinate().x).isCloseTo(10, within(1e-6));
  }

  @Test
  void positionsAreComparedOnTheGroundWhateverEachSurveysFrame() {
    Survey filed = survey().with(camera("C1").at(100, 200)).build();
    // The same place in a frame centred 0.01° farther east: other frame coordinates, no move.
    LocalFrame other = LocalFrame.around(106.587, 29.557);
    double[] lonLat = filed.frame().toLonLat(100.4, 200);
    Camera moved = relocate(filed.cameras().get(0), other, lonLat);
    Survey now = new Survey("now", filed.layers(), other, filed.sites(), List.of(moved), List.of(), List.of(),
        List.of(), filed.cameraFields(), List.of());

    assertThat(new Art10BaselineRule(filed, DEFAULTS).diff(now).findings()).isEmpty();
    Survey farther = new Survey("now", filed.layers(), other, filed.sites(),
        List.of(relocate(filed.cameras().get(0), other, filed.frame().toLonLat(101.5, 200))), List.of(), List.of(),
        List.of(), filed.cameraFields(), List.of());
    assertThat(new Art10BaselineRule(filed, DEFAULTS).diff(farther).findings()).singleElement()
        .satisfies(f -> assertThat((double) f.figures().get("distance_m")).isCloseTo(1.5, within(0.01)));
  }

  @Test
  void checkWithABaselineAddsItsFindings() {
    Survey filed = survey().with(camera("C1")).build();
    CheckResult result = Checker.check(survey().with(camera("C1").at(2, 0)).build(), CheckOptions.defaults(),
        List.of(new Art10BaselineRule(filed, DEFAULTS)));

    assertThat(FindingRows.rows(result.findings())).containsExactly("ART10_MOVED S1 C1 -");
    assertThat(result.hasViolations()).as("a move alone is a deficiency").isFalse();
  }

  private static Camera relocate(Camera c, LocalFrame frame, double[] lonLat) {
    UnaryOperator<Camera> op = x -> new Camera(x.cameraId(), x.siteId(),
        frame.geometryFactory().createPoint(frame.fromLonLat(lonLat[0], lonLat[1])), x.headingDegrees(),
        x.hfovDegrees(), x.rangeMetres(), x.resolutionH(), x.heightMetres(), x.tiltDegrees(), x.vfovDegrees(),
        x.type(), x.signage(), x.retentionDays(), x.runs24h(), x.installed(), x.filed(), x.operator(), x.source());
    return op.apply(c);
  }
}
