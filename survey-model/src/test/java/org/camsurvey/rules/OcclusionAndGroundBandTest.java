package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.rules.SurveyFixture.box;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;
import org.junit.jupiter.api.Test;

/** Walls, buildings and the ground band a camera's height and tilt allow, as the rules see them. */
class OcclusionAndGroundBandTest {
  private static List<String> codes(CheckResult result) {
    return result.findings().stream()
        .map(f -> f.code() + " " + (f.cameraId() == null ? "-" : f.cameraId()) + " " + (f.zoneId() == null ? "-" : f.zoneId()))
        .toList();
  }

  @Test
  void aSolidWallHidesTheToiletBehindIt() {
    SurveyFixture scene = survey()
        .with(camera("CORRIDOR").aim(0, 90, 30))
        .forbidden("WC", "S1", "9.3", box(-3, 8, 3, 12));

    assertThat(codes(scene.check())).containsExactly("ART9_FORBIDDEN_VIEW CORRIDOR WC");
    assertThat(codes(scene.obstacle("LINESTRING (-20 6, 20 6)").check())).isEmpty();
  }

  @Test
  void aDoorwayLetsTheViewThroughAndTheOverlapIsOnlyWhatTheDoorShows() {
    SurveyFixture walled = survey()
        .with(camera("CORRIDOR").aim(0, 90, 30))
        .forbidden("WC", "S1", "9.3", box(-3, 8, 3, 12))
        .obstacle("LINESTRING (-20 6, -0.5 6)")
        .obstacle("LINESTRING (0.5 6, 20 6)");

    List<Finding> findings = walled.check().findings();
    assertThat(codes(walled.check())).containsExactly("ART9_FORBIDDEN_VIEW CORRIDOR WC");
    // Through a 1 m door 6 m out, the wedge is 4/3 m wide at 8 m and 2 m wide at 12 m: 6.67 m².
    assertThat((double) findings.get(0).figures().get("overlap_m2")).isCloseTo(6.67, within(0.02));
  }

  @Test
  void aBuildingBlocksSightThroughItButACameraInsideSeesItsRooms() {
    SurveyFixture outside = survey()
        .with(camera("STREET").aim(0, 60, 50))
        .obstacle(box(-10, 10, 10, 20))
        .forbidden("ROOM", "S1", "9.1", box(-2, 25, 2, 28));
    assertThat(codes(outside.check())).isEmpty();

    SurveyFixture inside = survey()
        .with(camera("LOBBY").at(0, 12).aim(0, 120, 50))
        .obstacle(box(-10, 10, 10, 20))
        .forbidden("ROOM", "S1", "9.1", box(-2, 16, 2, 19))
        .forbidden("ACROSS", "S1", "9.1", box(-2, 25, 2, 28));
    assertThat(codes(inside.check())).containsExactly("ART9_FORBIDDEN_VIEW LOBBY ROOM");
  }

  @Test
  void theBlindAreaUnderACameraIsNotCovered() {
    // 4 m up, tilted 30° down, 16:9 with 90° across: vfov 58.7°, near edge at 4/tan(59.4°) = 2.37 m,
    // far edge at 4/tan(0.64°) = 357 m (capped by the range).
    SurveyFixture scene = survey()
        .with(camera("GATE").aim(0, 90, 40).mount(4, 30, null))
        .mandated("ENTRANCE", "S1", "8.7", box(-1, 0.5, 1, 6.5));

    Camera camera = scene.build().cameras().get(0);
    assertThat(CameraView.vfovDegrees(camera)).isCloseTo(58.72, within(0.01));
    assertThat(CameraView.nearMetres(camera)).isCloseTo(2.367, within(0.005));
    assertThat(CameraView.farMetres(camera)).isCloseTo(357, within(2.0));
    CheckResult result = scene.check();
    assertThat(codes(result)).containsExactly("ART8_UNCOVERED - ENTRANCE");
    assertThat((double) result.findings().get(0).figures().get("coverage")).isBetween(0.6, 0.75);
  }

  @Test
  void aZoneUnderTheCameraOrBesideItsWedgeIsNotSeenThoughTheViewsEnvelopeMeetsIt() {
    // The near edge is 2.37 m out (above); the 90° wedge's envelope reaches 28 m either side.
    SurveyFixture scene = survey()
        .with(camera("GATE").aim(0, 90, 40).mount(4, 30, null),
            camera("NEIGHBOUR").site("S2").aim(0, 90, 40).mount(4, 30, null))
        .mandated("UNDER", "S1", "8.7", box(-0.5, 0.5, 0.5, 1.5))
        .mandated("BESIDE", "S1", "8.7", box(-20, 1, -15, 5));

    List<ZoneCoverage> coverage = new Scene(scene.build(), CheckOptions.defaults()).coverage();

    assertThat(coverage).extracting(ZoneCoverage::coverage).containsExactly(0.0, 0.0);
    assertThat(coverage).allSatisfy(c -> {
      assertThat(c.coveredBy()).isEmpty();
      assertThat(c.seenByOtherSites()).isEmpty();
    });
  }

  @Test
  void anUpperEdgeBelowTheHorizonEndsTheViewBeforeItsRange() {
    // Tilted 45° with a 20° vertical angle from 3 m: the ground is seen from 3/tan 55° to 3/tan 35°.
    SurveyFixture scene = survey().with(camera("DOWN").aim(0, 60, 50).mount(3, 45, 20.0));
    Camera camera = scene.build().cameras().get(0);
    assertThat(CameraView.nearMetres(camera)).isCloseTo(3 / Math.tan(Math.toRadians(55)), within(1e-9));
    assertThat(CameraView.farMetres(camera)).isCloseTo(3 / Math.tan(Math.toRadians(35)), within(1e-9));
    var view = new Scene(scene.build(), CheckOptions.defaults()).visible(0);
    double far = 3 / Math.tan(Math.toRadians(35));
    double near = 3 / Math.tan(Math.toRadians(55));
    assertThat(view.getArea()).isCloseTo(Math.PI * (far * far - near * near) / 6, within(0.01));
  }

  @Test
  void findingsGiveThePixelDensityAndTheGradeReached() {
    // 1920 px across 90°: 960/d pixels per metre; the zone's far corner 20.1 m out gives 47.8 px/m.
    SurveyFixture scene = survey()
        .with(camera("CAM").aim(0, 90, 60).resH(1920))
        .forbidden("ROOM", "S1", "9.1", box(-2, 10, 2, 20));
    Finding finding = scene.check().findings().get(0);
    assertThat(finding.figures()).containsEntry("near_m", 10.0).containsEntry("ppm_near", 96.0)
        .containsEntry("quality_reached", "detect");
    assertThat((double) finding.figures().get("far_m")).isCloseTo(Math.hypot(2, 20), within(0.01));
    assertThat((double) finding.figures().get("ppm_far")).isCloseTo(960 / Math.hypot(2, 20), within(0.1));
  }

  /**
   * 20 km east of the frame's centre, where the frame's scale is 1 + 5e-6, a zone across the
   * detect arc of a camera (2560 px across 90°: 25 px/m at 51.2 m, the reach of the view Art. 9
   * checks): the overlap's farthest points are on that arc, 51.2 m of ground away, and hold
   * detect. Taken in frame metres they were 51.2003 m away and read "below detect" at 25.0 px/m.
   */
  @Test
  void aZoneAcrossTheDetectArcHoldsDetectWhereTheFrameIsNotTrueToScale() {
    SurveyFixture scene = survey()
        .with(camera("CAM").at(20_000, 0).aim(0, 90, 80).resH(2560))
        .forbidden("ROOM", "S1", "9.1", box(19_998, 45, 20_002, 60));
    Finding finding = scene.check().findings().stream()
        .filter(f -> f.code() == FindingCode.ART9_FORBIDDEN_VIEW).findFirst().orElseThrow();
    assertThat(finding.figures()).containsEntry("far_m", 51.2).containsEntry("ppm_far", 25.0)
        .containsEntry("quality_reached", "detect");
  }

  @Test
  void coverageIsReportedForEveryMandatedZoneWithWhatIsLeftUncovered() {
    SurveyFixture scene = survey()
        .with(camera("A").aim(0, 90, 30), camera("B").site("S2").aim(0, 90, 30))
        .mandated("FULL", "S1", "8.7", box(-2, 5, 2, 9))
        .mandated("HALF", "S1", "8.7", box(-2, 28, 2, 32));
    List<ZoneCoverage> coverage = new Scene(scene.build(), CheckOptions.defaults()).coverage();
    assertThat(coverage).extracting(c -> c.zone().zoneId()).containsExactly("FULL", "HALF");
    assertThat(coverage.get(0).coverage()).isEqualTo(1.0);
    assertThat(coverage.get(0).uncovered().isEmpty()).isTrue();
    assertThat(coverage.get(0).seenByOtherSites()).containsExactly("S2/B");
    assertThat(coverage.get(1).coverage()).isCloseTo(0.5, within(0.01));
    // Beyond the 30 m arc: 4 × 2 m, plus the arc's sag over the zone's 4 m, ∫x²/60 dx = 0.089 m².
    assertThat(coverage.get(1).uncovered().getArea()).isCloseTo(8.089, within(0.02));
  }
}
