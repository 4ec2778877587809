package org.camsurvey.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camsurvey.io.ImportOptions;
import org.camsurvey.io.SurveyReader;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.Checker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    SameSurvey.check(survey, expected);

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

  private static List<String> rows(List<Finding> findings) {
    return findings.stream().map(Fixtures::row).toList();
  }
}
