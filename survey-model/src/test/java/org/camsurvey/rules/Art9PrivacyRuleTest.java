package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.rules.SurveyFixture.alongRay;
import static org.camsurvey.rules.SurveyFixture.box;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Finding;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Art. 9 forbidden zones. The camera {@code V} of site S1 stands at the origin looking north with
 * a 60° angle and a 10 m range (no {@code res_h}): its wedge is bounded by rays at 330° and 30°
 * and an arc at 10 m.
 */
class Art9PrivacyRuleTest {
  private static final double UNSET = -1;

  /**
   * @param overlap the expected overlap in m², or {@link #UNSET} for no finding
   */
  static Stream<Arguments> zones() {
    return Stream.of(
        Arguments.of("0.3 m beyond the arc", box(-1, 10.3, 1, 12.3), UNSET),
        Arguments.of("0.3 m beside the east edge", alongRay(30, 2, 6, 0.3, 2.3), UNSET),
        Arguments.of("0.3 m beside the west edge", alongRay(330, 2, 6, -2.3, -0.3), UNSET),
        Arguments.of("behind the camera", box(-1, -6, 1, -4), UNSET),
        Arguments.of("sharing the east edge", alongRay(30, 2, 6, 0, 2), UNSET),
        Arguments.of("0.004 m² over the east edge: touching, not seeing", alongRay(30, 2, 6, -0.001, 1), UNSET),
        Arguments.of("0.02 m² over the east edge", alongRay(30, 2, 6, -0.005, 1), 0.02),
        Arguments.of("0.3 m inside the east edge", alongRay(30, 2, 6, -0.3, 1.7), 1.2),
        Arguments.of("0.3 m inside the west edge", alongRay(330, 2, 6, -1.7, 0.3), 1.2),
        // ∫ from −1 to 1 of (√(100 − x²) − 9.7) dx = 0.566 m²
        Arguments.of("0.3 m inside the arc", box(-1, 9.7, 1, 11.7), 0.566),
        Arguments.of("wholly in view", box(-1, 4, 1, 6), 4.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("zones")
  void aZoneIsSeenWhenMoreThanOneHundredthOfASquareMetreIsInView(String name, String zone, double overlap) {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10)).forbidden("F1", "S1", "9.3", zone)
        .run(new Art9PrivacyRule());

    if (overlap == UNSET) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(FindingRows.rows(findings)).containsExactly("ART9_FORBIDDEN_VIEW S1 V F1");
    Finding f = findings.get(0);
    assertThat(f.item()).isEqualTo("3");
    assertThat((double) f.figures().get("overlap_m2")).isCloseTo(overlap, within(0.01));
    assertThat(f.figures().get("range_m")).isEqualTo(10.0);
    assertThat(f.figures().get("zone_name")).isEqualTo("zone F1");
    assertThat(f.geometry().getArea()).isCloseTo(overlap, within(0.01));
    assertThat(f.figures().keySet()).containsExactly("overlap_m2", "zone_share", "range_m", "zone_name");
  }

  @Test
  void zoneShareIsTheSeenFractionOfTheZone() {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10))
        .forbidden("F1", "S1", "9.3", box(-1, 4, 1, 6))
        .forbidden("F2", "S1", "9.3", alongRay(30, 2, 6, -0.3, 1.7))
        .run(new Art9PrivacyRule());

    assertThat(findings).map(f -> f.zoneId() + " " + f.figures().get("zone_share"))
        .containsExactlyInAnyOrder("F1 1.0", "F2 0.15");
  }

  @Test
  void aCameraSeesOtherSitesZonesAndTheFindingNamesBothSites() {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10))
        .forbidden("F1", "S2", "9.1", box(-1, 4, 1, 6))
        .forbidden("F2", "S1", "9.2", box(-1, 7, 1, 9))
        .run(new Art9PrivacyRule());

    assertThat(FindingRows.rows(findings))
        .containsExactlyInAnyOrder("ART9_FORBIDDEN_VIEW S1 V F1 S2", "ART9_FORBIDDEN_VIEW S1 V F2");
    assertThat(findings).filteredOn(f -> f.zoneId().equals("F2")).singleElement()
        .satisfies(f -> assertThat(f.zoneSiteId()).isNull());
  }

  @Test
  void aCameraInsideAZoneIsReportedInsteadOfItsView() {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10))
        .forbidden("IN", "S1", "9.4", box(-2, -2, 2, 2))
        .forbidden("OUT", "S2", "9.3", box(-1, 4, 1, 6))
        .run(new Art9PrivacyRule());

    assertThat(FindingRows.rows(findings))
        .containsExactlyInAnyOrder("ART9_INSIDE_FORBIDDEN S1 V IN", "ART9_FORBIDDEN_VIEW S1 V OUT S2");
    Finding inside = findings.stream().filter(f -> f.zoneId().equals("IN")).findFirst().orElseThrow();
    assertThat(inside.item()).isEqualTo("4");
    assertThat(inside.figures()).containsOnlyKeys("zone_name");
    assertThat(inside.geometry().equalsExact(SurveyFixture.geometry("POINT(0 0)"))).isTrue();
  }

  @Test
  void aCameraInsideAZoneLookingOutOfItIsStillInside() {
    // Looking out of the room does not excuse hanging the camera in it.
    List<Finding> findings = survey().with(camera("V").at(0, 1.9).aim(0, 60, 10))
        .forbidden("IN", "S1", "9.1", box(-2, -2, 2, 2))
        .run(new Art9PrivacyRule());

    assertThat(FindingRows.rows(findings)).containsExactly("ART9_INSIDE_FORBIDDEN S1 V IN");
  }

  @Test
  void aCameraInsideAZoneThatSeesNothingIsStillInside() {
    // 3 m up, tilted 30° down: the ground nearer than 1.77 m is under it and blind, and its range
    // ends at 1.5 m, so its view is empty; it hangs in the room all the same.
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 1.5).mount(3, 30, null))
        .forbidden("IN", "S1", "9.1", box(-1.15, -1.15, 1.15, 1.15))
        .run(new Art9PrivacyRule());

    assertThat(FindingRows.rows(findings)).containsExactly("ART9_INSIDE_FORBIDDEN S1 V IN");
  }

  /** A camera on the zone's north edge is not inside it; what it looks at decides. */
  static Stream<Arguments> onTheBoundary() {
    return Stream.of(
        Arguments.of(0.0, UNSET),
        // its south edge runs along the zone's north edge
        Arguments.of(60.0, UNSET),
        // the wedge's first 3.46 m fit the 4 m width: 0.577 · 3.464² + 4 · (4 − 3.464)
        Arguments.of(180.0, 9.07));
  }

  @ParameterizedTest(name = "heading {0}")
  @MethodSource("onTheBoundary")
  void aCameraOnTheBoundaryIsJudgedByItsView(double heading, double overlap) {
    List<Finding> findings = survey().with(camera("V").aim(heading, 60, 10))
        .forbidden("F1", "S1", "9.3", box(-2, -4, 2, 0))
        .run(new Art9PrivacyRule());

    if (overlap == UNSET) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(FindingRows.rows(findings)).containsExactly("ART9_FORBIDDEN_VIEW S1 V F1");
      assertThat((double) findings.get(0).figures().get("overlap_m2")).isCloseTo(overlap, within(0.01));
    }
  }

  /**
   * A camera at the origin looking north, 90°, range 100 m: with 1000 pixels it detects out to
   * 20 m and observes out to 8 m. A zone 15–17 m out is seen, one 21–23 m out is not.
   */
  static Stream<Arguments> detectRange() {
    return Stream.of(
        Arguments.of(1000, ImageQuality.OBSERVE, 15.0, 20.0),
        Arguments.of(1000, ImageQuality.IDENTIFY, 15.0, 20.0),
        Arguments.of(1000, ImageQuality.DETECT, 21.0, UNSET),
        Arguments.of(1000, ImageQuality.OBSERVE, 21.0, UNSET),
        Arguments.of(null, ImageQuality.OBSERVE, 21.0, 100.0),
        Arguments.of(null, ImageQuality.IDENTIFY, 95.0, 100.0));
  }

  @ParameterizedTest(name = "res_h {0}, --quality {1}, zone {2} m out: range_m {3}")
  @MethodSource("detectRange")
  void forbiddenZonesCountAtTheDetectRange(Integer resH, ImageQuality quality, double zoneFrom, double rangeM) {
    List<Finding> findings = survey().with(camera("R").aim(0, 90, 100).resH(resH))
        .forbidden("F1", "S1", "9.1", box(-1, zoneFrom, 1, zoneFrom + 2))
        .run(new Art9PrivacyRule(), new CheckOptions(0.9, quality));

    if (rangeM == UNSET) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(FindingRows.rows(findings)).containsExactly("ART9_FORBIDDEN_VIEW S1 R F1");
      assertThat(findings.get(0).figures().get("range_m")).isEqualTo(rangeM);
      assertThat((double) findings.get(0).figures().get("overlap_m2")).isCloseTo(4.0, within(0.01));
    }
  }

  @Test
  void mandatedZonesAreNotForbidden() {
    assertThat(survey().with(camera("V").aim(0, 60, 10)).mandated("M1", "S1", "8.7", box(-1, 4, 1, 6))
        .run(new Art9PrivacyRule())).isEmpty();
  }

  @Test
  void everyCameraIsCheckedAgainstEveryZone() {
    List<Finding> findings = survey()
        .with(camera("V1").aim(0, 60, 10), camera("V2").at(0, 20).aim(180, 60, 10), camera("V3").at(100, 0))
        .forbidden("F1", "S1", "9.3", box(-1, 9, 1, 11))
        .forbidden("F2", "S1", "9.3", box(-1, 4, 1, 6))
        .run(new Art9PrivacyRule());

    assertThat(FindingRows.rows(findings)).containsExactlyInAnyOrder(
        "ART9_FORBIDDEN_VIEW S1 V1 F1", "ART9_FORBIDDEN_VIEW S1 V1 F2", "ART9_FORBIDDEN_VIEW S1 V2 F1");
  }
}
