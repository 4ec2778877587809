package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;

/**
 * The Jiefangbei sample, turned into shapefiles by GDAL's ogr2ogr (make-fixtures.sh), reads as
 * the same survey as the sample's GeoJSON, and checks to the same findings: in WGS 84 with UTF-8,
 * and in CGCS2000 Gauss-Krüger CM 108E with GBK said by a .cpg, by the DBF's language driver byte,
 * or by nothing at all (then guessed, with a warning). The sample's obstacles (ten walls and a stair
 * core) come as lines, the stair core as its outline, and cut the cameras' views exactly as the
 * GeoJSON's do.
 */
class GdalFixturesTest {
  private static Survey expected;
  private static List<String> expectedFindings;

  @BeforeAll
  static void readTheSample() {
    // the fixtures were made from the sample's geometry layers, before it had evidence
    expected = SurveyReader.read(Fixtures.sample(), ImportOptions.defaults());
    expected = new Survey(expected.name(), expected.layers().stream().filter(l -> !l.equals("evidence"))
        .collect(java.util.stream.Collectors.toSet()), expected.frame(), expected.sites(), expected.cameras(),
        expected.zones(), expected.obstacles(), expected.accessLog(), expected.checklist(), List.of(),
        expected.cameraFields(), expected.importWarnings());
    expectedFindings = rows(Checker.check(expected, CheckOptions.defaults()).findings());
  }

  @Test
  void theSampleIsTheHotelsThirdFloorWithItsWalls() {
    assertThat(expected.sites()).hasSize(7);
    assertThat(expected.cameras()).hasSize(25);
    assertThat(expected.zones()).hasSize(19);
    assertThat(expected.obstacles()).hasSize(11);
    assertThat(expected.obstacles()).filteredOn(o -> o.shape() instanceof Polygonal).map(Obstacle::obstacleId)
        .containsExactly("3F-S01");
    Survey withoutWalls = new Survey(expected.name(), expected.layers(), expected.frame(), expected.sites(),
        expected.cameras(), expected.zones(), List.of(), expected.accessLog(), expected.checklist(),
        expected.cameraFields(), expected.importWarnings());
    assertThat(rows(Checker.check(withoutWalls, CheckOptions.defaults()).findings()))
        .as("the walls change the findings, so comparing findings proves the obstacles were read")
        .isNotEqualTo(expectedFindings);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiefangbei-wgs84-utf8", "jiefangbei-gk108-gbk-cpg", "jiefangbei-gk108-gbk-ldid",
      "jiefangbei-gk108-gbk-guessed"})
  void readsAsTheSample(String fixture) {
    Survey survey = SurveyReader.read(Fixtures.resource(fixture), ImportOptions.defaults());

    SameSurvey.check(survey, expected);
    assertThat(survey.sites()).hasSize(7);
    assertThat(survey.cameras()).hasSize(25);
    assertThat(survey.zones()).hasSize(19);
    assertThat(survey.obstacles()).hasSize(11).allSatisfy(o -> assertThat(o.shape()).isInstanceOf(Lineal.class));

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
    // obstacles.dbf holds only ASCII (ids, "wall", "stair core"): nothing there to guess
    assertThat(guesses).map(f -> f.source().file()).map(file -> Path.of(file).getFileName().toString())
        .containsExactlyInAnyOrder("cameras.dbf", "zones.dbf", "sites.dbf");
    assertThat(guesses).map(f -> f.figures().get("encoding")).containsOnly("GB18030");
    assertThat(rows(survey.importWarnings().stream().filter(f -> !guesses.contains(f)).toList()))
        .containsExactlyElementsOf(rows(expected.importWarnings()));
  }

  private static List<String> rows(List<Finding> findings) {
    return findings.stream().map(Fixtures::row).toList();
  }
}
