package org.camsurvey.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camsurvey.io.ImportOptions;
import org.camsurvey.io.SurveyReader;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.Checker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;

/**
 * The Jiefangbei sample, turned into shapefiles by GDAL's ogr2ogr (make-fixtures.sh), reads as
 * the same survey as the sample's GeoJSON, and checks to the same findings: in WGS 84 with UTF-8,
 * and in CGCS2000 Gauss-Krüger CM 108E with GBK said by a .cpg, by the DBF's language driver byte,
 * or by nothing at all (then guessed, with a warning).
 */
class GdalFixturesTest {
  private static Survey expected;
  private static List<String> expectedFindings;

  @BeforeAll
  static void readTheSample() {
    expected = SurveyReader.read(Fixtures.sample(), ImportOptions.defaults());
    expectedFindings = rows(Checker.check(expected, CheckOptions.defaults()).findings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiefangbei-wgs84-utf8", "jiefangbei-gk108-gbk-cpg", "jiefangbei-gk108-gbk-ldid",
      "jiefangbei-gk108-gbk-guessed"})
  void readsAsTheSample(String fixture) {
    Survey survey = SurveyReader.read(Fixtures.resource(fixture), ImportOptions.defaults());

    assertThat(survey.layers()).containsExactlyInAnyOrder("cameras", "zones", "sites");
    Map<String, Camera> cameras = byKey(survey.cameras(), c -> c.siteId() + "/" + c.cameraId());
    assertThat(cameras.keySet()).containsExactlyInAnyOrderElementsOf(
        byKey(expected.cameras(), c -> c.siteId() + "/" + c.cameraId()).keySet());
    for (Camera want : expected.cameras()) {
      Camera got = cameras.get(want.siteId() + "/" + want.cameraId());
      assertThat(got).usingRecursiveComparison().ignoringFields("location", "source").isEqualTo(want);
      Coordinate at = inExpectedFrame(survey, got.location().getCoordinate());
      assertThat(at.distance(want.location().getCoordinate())).as(want.cameraId()).isLessThan(0.01);
    }
    Map<String, Zone> zones = byKey(survey.zones(), z -> z.siteId() + "/" + z.zoneId());
    assertThat(zones).hasSameSizeAs(expected.zones());
    for (Zone want : expected.zones()) {
      Zone got = zones.get(want.siteId() + "/" + want.zoneId());
      assertThat(got.name()).isEqualTo(want.name());
      assertThat(got.rule()).isEqualTo(want.rule());
      assertThat(got.item()).isEqualTo(want.item());
      assertThat(got.minCover()).isEqualTo(want.minCover());
      assertThat(got.area().getArea()).as(want.zoneId()).isCloseTo(want.area().getArea(), within(0.01));
    }
    Map<String, Site> sites = byKey(survey.sites(), Site::siteId);
    for (Site want : expected.sites()) {
      Site got = sites.get(want.siteId());
      assertThat(List.of(got.name(), got.address(), got.operator()))
          .containsExactly(want.name(), want.address(), want.operator());
      assertThat(got.boundary().getArea()).isCloseTo(want.boundary().getArea(), within(0.01));
    }
    assertThat(sites.get("JFB-WC").name()).isEqualTo("民权路公共厕所");

    List<Finding> findings = Checker.check(survey, CheckOptions.defaults()).findings();
    assertThat(rows(findings.stream().filter(f -> f.code() != FindingCode.DATA_ENCODING_GUESSED).toList()))
        .containsExactlyElementsOf(expectedFindings);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiefangbei-wgs84-utf8", "jiefangbei-gk108-gbk-cpg", "jiefangbei-gk108-gbk-ldid"})
  void anEncodingTheFilesStateIsNoGuess(String fixture) {
    Survey survey = SurveyReader.read(Fixtures.resource(fixture), ImportOptions.defaults());

    assertThat(rows(survey.importWarnings())).containsExactlyElementsOf(rows(expected.importWarnings()))
        .doesNotContain("DATA_ENCODING_GUESSED - - -");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiefangbei-gk108-gbk-cpg", "jiefangbei-gk108-gbk-ldid", "jiefangbei-gk108-gbk-guessed"})
  void theProjectedFilesAreInEpsg4545(String fixture) {
    var layer = ShapefileReader.read(Fixtures.resource(fixture).resolve("cameras.shp"), "cameras.shp", "cameras",
        ImportOptions.defaults());

    assertThat(layer.crs().name()).isEqualTo("EPSG:4545");
  }

  @Test
  void gbkThatSaysNothingIsGuessedWithOneWarningPerTable() {
    Survey survey = SurveyReader.read(Fixtures.resource("jiefangbei-gk108-gbk-guessed"), ImportOptions.defaults());

    List<Finding> guesses = survey.importWarnings().stream()
        .filter(f -> f.code() == FindingCode.DATA_ENCODING_GUESSED).toList();
    assertThat(guesses).map(f -> f.source().file()).map(file -> Path.of(file).getFileName().toString())
        .containsExactlyInAnyOrder("cameras.dbf", "zones.dbf", "sites.dbf");
    assertThat(guesses).map(f -> f.figures().get("encoding")).containsOnly("GB18030");
    assertThat(rows(survey.importWarnings().stream().filter(f -> !guesses.contains(f)).toList()))
        .containsExactlyElementsOf(rows(expected.importWarnings()));
  }

  private static Coordinate inExpectedFrame(Survey survey, Coordinate frameCoordinate) {
    double[] lonLat = survey.frame().toLonLat(frameCoordinate.x, frameCoordinate.y);
    return expected.frame().fromLonLat(lonLat[0], lonLat[1]);
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  private static List<String> rows(List<Finding> findings) {
    return findings.stream().map(Fixtures::row).toList();
  }
}
