package org.camsurvey.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.camsurvey.bench.CityFigures;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dense city (issue #18) is what its profile promises: sites of about ten cameras, 30 % of
 * zones forbidden, about four zone candidates and one Art. 9 finding per camera, over a third
 * of mandated zones short of cover; the same for the same seed.
 */
@Tag("slow")
class DenseCityTest {
  private static final CitySpec SPEC = new CitySpec(3000, 0.4, 5, 9, CityProfile.DENSE);

  @TempDir static Path folder;
  private static CitySummary summary;
  private static Survey survey;
  private static CheckResult checked;

  @BeforeAll
  static void generateAndCheck() throws IOException {
    summary = new CityGenerator(SPEC).write(folder.resolve("dense.gpkg"));
    survey = SurveyReader.read(folder.resolve("dense.gpkg"), ImportOptions.defaults());
    checked = Checker.check(survey, CheckOptions.defaults());
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherCity() throws IOException {
    Path again = folder.resolve("again.gpkg");
    new CityGenerator(SPEC).write(again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(folder.resolve("dense.gpkg")));
    Path other = folder.resolve("other.gpkg");
    new CityGenerator(new CitySpec(3000, 0.4, 6, 9, CityProfile.DENSE)).write(other);
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(folder.resolve("dense.gpkg")));
  }

  @Test
  void sitesHaveAboutTenCamerasAndThirtyPercentOfZonesAreForbidden() {
    assertThat(summary.cameras()).isEqualTo(3000);
    assertThat(survey.cameras()).hasSize(3000);
    assertThat(summary.cameras() / (double) summary.sites()).isBetween(9.0, 11.0);
    assertThat(summary.zones() / 3000.0).isBetween(0.37, 0.43);
    assertThat(summary.forbiddenZones() / (double) summary.zones()).isBetween(0.26, 0.34);
  }

  @Test
  void aCamerasViewMeetsAboutFourZonesAndMostCamerasSeeARoom() {
    CityFigures.Candidates candidates = CityFigures.of(new Scene(survey, CheckOptions.defaults()));
    assertThat(candidates.zonesPerCamera()).isBetween(3.3, 4.3);
    assertThat(candidates.forbiddenPerCamera()).isBetween(0.9, 1.5);
    long art9 = count(FindingCode.ART9_FORBIDDEN_VIEW) + count(FindingCode.ART9_INSIDE_FORBIDDEN);
    assertThat(art9 / 3000.0).isBetween(0.85, 1.15);
    assertThat(count(FindingCode.ART9_INSIDE_FORBIDDEN)).isPositive();
  }

  /**
   * The area left unseen is measured from the convex clips without the overlay where it can be:
   * it must be the overlay's ground area, for every zone of a city whose views overlap as a dense
   * city's do (findings give it to 0.01 m²).
   */
  @Test
  void theAreaLeftUnseenIsTheOverlaysWithoutTheOverlay() {
    Scene scene = new Scene(survey, CheckOptions.defaults());
    int measured = 0;
    for (ZoneCoverage c : scene.coverage()) {
      if (c.coverage() < 1) {
        double withoutOverlay = c.uncoveredGroundArea(survey.frame());
        double overlaid = survey.frame().groundArea(c.uncovered());
        assertThat(withoutOverlay).as(c.zone().zoneId()).isCloseTo(overlaid, within(1e-9 * c.zone().area().getArea()));
        measured++;
      }
    }
    assertThat(measured).isGreaterThan(300);
  }

  /**
   * Whether a zone meets a cover is decided, where the largest views prove it, without measuring
   * the coverage: the answer must be the measured coverage's, at the default cover, at full
   * cover, and at each zone's own coverage and a hair either side of it.
   */
  @Test
  void aZoneMeetsACoverExactlyWhereItsCoverageReachesIt() {
    List<ZoneCoverage> measured = new Scene(survey, CheckOptions.defaults()).coverage();
    double[] coverage = measured.stream().mapToDouble(ZoneCoverage::coverage).toArray();
    List<DoubleUnaryOperator> covers = List.of(c -> 0.9, c -> 1, c -> c, Math::nextUp, c -> c - 1e-7, c -> c - 1e-3);
    for (DoubleUnaryOperator cover : covers) {
      // a scene of its own, so that each zone is asked before anything measures it
      List<ZoneCoverage> asked = new Scene(survey, CheckOptions.defaults()).coverage();
      for (int i = 0; i < asked.size(); i++) {
        double required = cover.applyAsDouble(coverage[i]);
        assertThat(asked.get(i).meets(required)).as(asked.get(i).zone().zoneId() + " at " + required)
            .isEqualTo(coverage[i] >= required);
      }
    }
  }

  @Test
  void overAThirdOfMandatedZonesAreShortOfCover() {
    long mandated = survey.zones().stream().filter(z -> z.rule() == ZoneRule.MANDATED).count();
    assertThat(count(FindingCode.ART8_UNCOVERED) / (double) mandated).isBetween(0.3, 0.46);
  }

  @Test
  void zonesAreValidAndSizedBetweenAKioskAndAPlaza() {
    assertThat(checked.findings()).noneMatch(f -> f.code() == FindingCode.DATA_GEOMETRY_REPAIRED);
    for (Zone zone : survey.zones()) {
      assertThat(zone.area().isValid()).isTrue();
      double m2 = survey.frame().groundArea(zone.area().getArea(), zone.area().getCentroid().getCoordinate());
      assertThat(m2).as(zone.zoneId() + " of " + zone.siteId()).isBetween(4.0, 5000.0);
    }
  }

  private static long count(FindingCode code) {
    return checked.findings().stream().filter(f -> f.code() == code).count();
  }
}
