package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.rules.SurveyFixture.box;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.rules.SurveyFixture.CameraSpec;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Art. 8 coverage. The zone {@code Z1} of site S1 is the 10 × 10 m square x −5…5, y 20…30 north
 * of the origin; cameras at the origin look at it: {@code A} sees its east half (x ≥ 0), {@code B}
 * its west half, {@code C} the east half again through a narrower angle, {@code D} all of it.
 */
class Art8CoverageRuleTest {
  private static final String ZONE = box(-5, 20, 5, 30);

  private static CameraSpec eastHalf(String id) {
    return camera(id).aim(45, 90, 100);
  }

  private static CameraSpec westHalf(String id) {
    return camera(id).aim(315, 90, 100);
  }

  private static CameraSpec eastHalfNarrow(String id) {
    return camera(id).aim(20, 40, 100);
  }

  private static CameraSpec whole(String id) {
    return camera(id).aim(0, 90, 100);
  }

  /**
   * @param coverage the expected coverage, or null for no finding
   * @param coveredBy the expected {@code covered_by}
   * @param otherSites the expected {@code seen_by_other_sites}, or null where absent
   */
  static Stream<Arguments> cameras() {
    return Stream.of(
        Arguments.of("no camera at all", List.of(), 0.0, List.of(), null),
        Arguments.of("one camera, half the zone", List.of(eastHalf("A")), 0.5, List.of("A"), null),
        Arguments.of("one camera, the whole zone", List.of(whole("D")), null, null, null),
        Arguments.of("two cameras, complementary halves", List.of(eastHalf("A"), westHalf("B")), null, null, null),
        Arguments.of("two cameras on the same half: the union counts, not the sum",
            List.of(eastHalf("A"), eastHalfNarrow("C")), 0.5, List.of("A", "C"), null),
        Arguments.of("a camera looking away is not listed",
            List.of(eastHalf("A"), camera("E").aim(180, 90, 100)), 0.5, List.of("A"), null),
        Arguments.of("another site's camera does not count",
            List.of(whole("D").site("S2")), 0.0, List.of(), List.of("S2/D")),
        Arguments.of("another site's camera does not fill the gap",
            List.of(eastHalf("A"), westHalf("B").site("S2")), 0.5, List.of("A"), List.of("S2/B")),
        Arguments.of("other sites' cameras are all named",
            List.of(eastHalf("A"), whole("D").site("S3"), westHalf("B").site("S2")), 0.5, List.of("A"),
            List.of("S3/D", "S2/B")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cameras")
  void coverageIsTheUnionOfTheSitesOwnViews(
      String name, List<CameraSpec> cameras, Double coverage, List<String> coveredBy, List<String> otherSites) {
    List<Finding> findings = survey().with(cameras.toArray(CameraSpec[]::new)).mandated("Z1", "S1", "8.7", ZONE)
        .run(new Art8CoverageRule());

    if (coverage == null) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(FindingRows.rows(findings)).containsExactly("ART8_UNCOVERED S1 - Z1");
    Finding f = findings.get(0);
    assertThat(f.item()).isEqualTo("7");
    assertThat((double) f.figures().get("coverage")).isCloseTo(coverage, within(0.001));
    assertThat(f.figures().get("required")).isEqualTo(0.9);
    assertThat(f.figures().get("quality")).isEqualTo("observe");
    assertThat((double) f.figures().get("zone_area_m2")).isCloseTo(100, within(0.01));
    assertThat((double) f.figures().get("uncovered_m2")).isCloseTo(100 * (1 - coverage), within(0.1));
    assertThat(f.figures().get("zone_name")).isEqualTo("zone Z1");
    assertThat(f.figures().get("covered_by")).isEqualTo(coveredBy);
    if (otherSites == null) {
      assertThat(f.figures()).doesNotContainKey("seen_by_other_sites");
    } else {
      assertThat(f.figures().get("seen_by_other_sites")).isEqualTo(otherSites);
    }
    assertThat(f.figures().keySet()).startsWith("coverage", "required", "quality", "zone_area_m2", "uncovered_m2");
    assertThat(f.geometry().getArea()).isCloseTo(100 * (1 - coverage), within(0.1));
  }

  /** The east half (50 %) is seen; what it must reach comes from the zone, else from the option. */
  static Stream<Arguments> requirements() {
    return Stream.of(
        Arguments.of(0.9, null, 0.9),
        Arguments.of(0.4, null, null),
        Arguments.of(0.9, 0.4, null),
        Arguments.of(0.4, 0.6, 0.6),
        Arguments.of(0.0, 0.51, 0.51),
        Arguments.of(1.0, 0.49, null));
  }

  @ParameterizedTest(name = "--min-cover {0}, zone min_cover {1}: required {2}")
  @MethodSource("requirements")
  void zoneMinCoverOverridesTheOption(double option, Double zoneMinCover, Double required) {
    List<Finding> findings = survey().with(eastHalf("A")).mandated("Z1", "S1", "8.7", zoneMinCover, ZONE)
        .run(new Art8CoverageRule(), new CheckOptions(option, ImageQuality.OBSERVE));

    if (required == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(FindingRows.rows(findings)).containsExactly("ART8_UNCOVERED S1 - Z1");
      assertThat(findings.get(0).figures().get("required")).isEqualTo(required);
      assertThat((double) findings.get(0).figures().get("coverage")).isCloseTo(0.5, within(0.001));
    }
  }

  /**
   * A camera whose wedge's west edge runs north at x = −x0 sees the zone east of it: (5 + x0) / 10.
   *
   * @param shown the coverage the finding must show: below the requirement, never rounded up to it
   */
  static Stream<Arguments> justShort() {
    return Stream.of(
        Arguments.of(3.996, null, 0.899, 0.9),
        Arguments.of(4.996, 1.0, 0.999, 1.0),
        Arguments.of(3.9949, 0.8995, 0.899, 0.8995),
        Arguments.of(3.0, null, 0.8, 0.9),
        Arguments.of(-1.2296, null, 0.377, 0.9));
  }

  @ParameterizedTest(name = "edge at x = {0}, zone min_cover {1}: coverage shown {2}, required {3}")
  @MethodSource("justShort")
  void aZoneJustShortOfItsRequirementNeverReadsAsMeetingIt(double x0, Double zoneMinCover, double shown, double required) {
    List<Finding> findings = survey().with(camera("A").at(-x0, 0).aim(45, 90, 100))
        .mandated("Z1", "S1", "8.7", zoneMinCover, ZONE)
        .run(new Art8CoverageRule());

    assertThat(FindingRows.rows(findings)).containsExactly("ART8_UNCOVERED S1 - Z1");
    assertThat(findings.get(0).figures().get("coverage")).isEqualTo(shown);
    assertThat(findings.get(0).figures().get("required")).isEqualTo(required);
  }

  @Test
  void zeroMinCoverNeedsNoCameraAtAll() {
    assertThat(survey().mandated("Z1", "S1", "8.7", 0.0, ZONE).run(new Art8CoverageRule())).isEmpty();
  }

  /**
   * A camera at the origin looking north (90°, range 100 m) and a 1 m wide strip from 10 to 30 m
   * out. With 2500 pixels it reaches identify at 5 m, observe at 20 m and detect at 50 m.
   *
   * @param coverage the expected coverage, or null for no finding
   */
  static Stream<Arguments> qualities() {
    return Stream.of(
        Arguments.of(2500, ImageQuality.DETECT, null),
        Arguments.of(2500, ImageQuality.OBSERVE, 0.5),
        Arguments.of(2500, ImageQuality.IDENTIFY, 0.0),
        Arguments.of(5000, ImageQuality.OBSERVE, null),
        Arguments.of(5000, ImageQuality.RECOGNISE, 0.5),
        Arguments.of(null, ImageQuality.IDENTIFY, null),
        Arguments.of(null, ImageQuality.OBSERVE, null));
  }

  @ParameterizedTest(name = "res_h {0} at {1}: coverage {2}")
  @MethodSource("qualities")
  void qualityShortensTheRangeThatCounts(Integer resH, ImageQuality quality, Double coverage) {
    List<Finding> findings = survey().with(camera("Q").aim(0, 90, 100).resH(resH))
        .mandated("Z1", "S1", "8.7", box(-0.5, 10, 0.5, 30))
        .run(new Art8CoverageRule(), new CheckOptions(0.9, quality));

    if (coverage == null) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(FindingRows.rows(findings)).containsExactly("ART8_UNCOVERED S1 - Z1");
    Finding f = findings.get(0);
    assertThat((double) f.figures().get("coverage")).isCloseTo(coverage, within(0.001));
    assertThat(f.figures().get("quality")).isEqualTo(quality.code());
    assertThat(f.figures().get("covered_by")).isEqualTo(coverage > 0 ? List.of("Q") : List.of());
  }

  @Test
  void anAllRoundCameraCountsAtItsRangeWhateverTheQuality() {
    // 360° has no DORI range: range_m serves at every grade, so identify still sees 15 m around.
    List<Finding> findings = survey().with(camera("F").at(0, 20).aim(0, 360, 15).resH(2880))
        .mandated("Z1", "S1", "8.7", box(-0.5, 10, 0.5, 30))
        .run(new Art8CoverageRule(), new CheckOptions(0.9, ImageQuality.IDENTIFY));

    assertThat(findings).isEmpty();
  }

  @Test
  void forbiddenZonesAreNotCoverageZones() {
    assertThat(survey().forbidden("F1", "S1", "9.3", ZONE).run(new Art8CoverageRule())).isEmpty();
  }

  @Test
  void eachMandatedZoneIsJudgedOnItsOwn() {
    List<Finding> findings = survey().with(eastHalf("A"))
        .mandated("Z1", "S1", "8.7", ZONE)
        .mandated("Z2", "S1", "8.2", box(-5, 40, 5, 50))
        .mandated("Z3", "S2", "8.8", box(-5, 60, 5, 70))
        .run(new Art8CoverageRule());

    assertThat(FindingRows.rows(findings))
        .containsExactly("ART8_UNCOVERED S1 - Z1", "ART8_UNCOVERED S1 - Z2", "ART8_UNCOVERED S2 - Z3");
    assertThat(findings).extracting(Finding::item).containsExactly("7", "2", "8");
    assertThat(findings).extracting(f -> f.figures().get("coverage")).containsExactly(0.5, 0.5, 0.0);
    assertThat(findings.get(2).figures().get("seen_by_other_sites")).isEqualTo(List.of("S1/A"));
    assertThat(findings).allSatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.ART8_UNCOVERED));
  }
}
