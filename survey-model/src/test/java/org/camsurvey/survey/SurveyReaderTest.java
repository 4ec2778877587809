package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.read.Fixtures.path;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class SurveyReaderTest {
  private static final ImportOptions DEFAULTS = ImportOptions.defaults();
  private static final ImportOptions GK_108 = new ImportOptions(Crs.parse("EPSG:4545"), null);
  /** A tenth of a millimetre, in degrees. */
  private static final double TENTH_MM_DEGREES = 1e-9;

  private static double[] lonLatOf(Survey survey, Point location) {
    return survey.frame().toLonLat(location.getX(), location.getY());
  }

  /** The survey of fixtures per_layer_geojson_folder and combined_feature_collection. */
  private static void assertIsTheSchoolSurvey(Survey survey) {
    assertThat(survey.cameras()).extracting(Camera::siteId, Camera::cameraId)
        .containsExactly(
            tuple("S1", "C1"),
            tuple("S1", "C2"),
            tuple("S2", "C1"));
    Camera c1 = survey.cameras().get(0);
    assertThat(c1.headingDegrees()).isEqualTo(45);
    assertThat(c1.hfovDegrees()).isEqualTo(90);
    assertThat(c1.rangeMetres()).isEqualTo(30);
    assertThat(c1.resolutionH()).isEqualTo(3840);
    assertThat(c1.heightMetres()).isEqualTo(3.5);
    assertThat(c1.tiltDegrees()).isEqualTo(15);
    assertThat(c1.vfovDegrees()).isEqualTo(50);
    assertThat(c1.type()).isEqualTo(CameraType.FIXED);
    assertThat(c1.signage()).isTrue();
    assertThat(c1.retentionDays()).isEqualTo(30);
    assertThat(c1.runs24h()).isTrue();
    assertThat(c1.installed()).isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(c1.filed()).isEqualTo(LocalDate.of(2016, 5, 20));
    assertThat(c1.operator()).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(lonLatOf(survey, c1.location())).containsExactly(new double[] {106.5770, 29.5580}, within(TENTH_MM_DEGREES));
    Camera c2 = survey.cameras().get(1);
    assertThat(c2.headingDegrees()).isEqualTo(200.5);
    assertThat(c2.resolutionH()).isNull();
    assertThat(c2.type()).isEqualTo(CameraType.DOME);
    assertThat(c2.signage()).isFalse();
    assertThat(c2.filed()).isNull();
    assertThat(survey.cameras().get(2).hfovDegrees()).isEqualTo(360);

    assertThat(survey.sites()).extracting(Site::siteId, Site::name)
        .containsExactly(
            tuple("S1", "碑西实验小学"),
            tuple("S2", "碑都广场"));
    assertThatObject(survey.sites().get(0).boundary()).isNotNull();
    assertThatObject(survey.sites().get(1).boundary()).isNull();

    assertThat(survey.zones()).extracting(Zone::zoneId, Zone::rule, Zone::item, Zone::name, Zone::minCover)
        .containsExactly(
            tuple("Z1", ZoneRule.FORBIDDEN, new ArticleItem(9, 3), "3楼女卫生间", null),
            tuple("Z2", ZoneRule.MANDATED, new ArticleItem(8, 6), "南门出入口", 0.9));

    assertThat(survey.obstacles()).extracting(Obstacle::obstacleId, Obstacle::siteId, Obstacle::kind)
        .containsExactly(
            tuple("O1", "S1", "wall"),
            tuple("O2", null, "building"));
    assertThat(survey.importWarnings()).isEmpty();
  }

  // --- good paths ---

  @Test
  void readsAFolderOfPerLayerGeoJsonFilesIgnoringOtherFilesAndSubfolders() {
    Path folder = path("per_layer_geojson_folder");

    Survey survey = SurveyReader.read(folder, DEFAULTS);

    assertThat(survey.name()).isEqualTo("per_layer_geojson_folder");
    assertThat(survey.layers()).containsExactlyInAnyOrder("sites", "cameras", "zones", "obstacles");
    assertIsTheSchoolSurvey(survey);
    assertThat(survey.cameras()).allSatisfy(c -> assertThat(c.source().file()).isEqualTo(folder.resolve("cameras.geojson").toString()));
  }

  @Test
  void readsOneFeatureCollectionWhoseFeaturesSayTheirLayer() {
    Survey survey = SurveyReader.read(path("combined_feature_collection.geojson"), DEFAULTS);

    assertThat(survey.name()).isEqualTo("combined_feature_collection");
    assertThat(survey.layers()).containsExactlyInAnyOrder("sites", "cameras", "zones", "obstacles", "access_log");
    assertIsTheSchoolSurvey(survey);
    assertThat(survey.accessLog()).singleElement().satisfies(e -> {
      assertThat(e.siteId()).isEqualTo("S1");
      assertThat(e.when()).isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 30));
      assertThat(e.persons()).isEqualTo(2);
      assertThat(e.footage()).containsExactly("C1", "C2");
      assertThat(e.recordedBy()).isEqualTo("王伟");
    });
  }

  @Test
  void readsAFolderOfCsvFilesIgnoringCsvFilesThatAreNotLayers() {
    Survey survey = SurveyReader.read(path("per_layer_csv_folder"), DEFAULTS);

    assertThat(survey.name()).isEqualTo("per_layer_csv_folder");
    assertThat(survey.layers()).containsExactlyInAnyOrder("cameras", "zones", "access_log");
    assertThat(survey.cameras()).extracting(Camera::cameraId).containsExactly("C1", "C2");
    assertThat(lonLatOf(survey, survey.cameras().get(1).location()))
        .containsExactly(new double[] {106.5775, 29.5585}, within(TENTH_MM_DEGREES));
    assertThat(survey.zones()).extracting(Zone::item).containsExactly(new ArticleItem(9, 3), new ArticleItem(8, 6));
    assertThat(survey.accessLog()).extracting(e -> e.when())
        .containsExactly(LocalDateTime.of(2024, 3, 5, 14, 30), LocalDateTime.of(2024, 3, 6, 9, 5));
  }

  @Test
  void readsOneCsvLayerFileAndNamesTheSurveyAfterItsFolder() {
    Survey survey = SurveyReader.read(path("xy_epsg4545/cameras.csv"), GK_108);

    assertThat(survey.name()).isEqualTo("xy_epsg4545");
    assertThat(survey.layers()).containsExactly("cameras");
    assertThat(lonLatOf(survey, survey.cameras().get(0).location()))
        .containsExactly(new double[] {106.5770, 29.5580}, within(TENTH_MM_DEGREES));
  }

  @Test
  void readsProjectedGeoJsonThroughItsLegacyCrsMember() {
    Survey survey = SurveyReader.read(path("legacy_crs_member_epsg4545.geojson"), DEFAULTS);

    assertThat(lonLatOf(survey, survey.cameras().get(0).location()))
        .containsExactly(new double[] {106.5770, 29.5580}, within(TENTH_MM_DEGREES));
    assertThat(lonLatOf(survey, survey.cameras().get(1).location()))
        .containsExactly(new double[] {106.5775, 29.5585}, within(TENTH_MM_DEGREES));
    // the same square as the lon/lat fixtures' zone Z1
    Zone lonLatZone = SurveyReader.read(path("per_layer_geojson_folder"), DEFAULTS).zones().get(0);
    assertThat(survey.zones().get(0).area().getArea()).isCloseTo(lonLatZone.area().getArea(), within(0.01));
  }

  @Test
  void readsExcelUtf8CsvWithItsByteOrderMark() {
    Survey survey = SurveyReader.read(path("excel_utf8_bom"), DEFAULTS);

    Camera camera = survey.cameras().get(0);
    assertThat(camera.cameraId()).isEqualTo("C1");
    assertThat(camera.signage()).isTrue();
    assertThat(camera.runs24h()).isTrue();
    assertThat(camera.filed()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(survey.importWarnings()).isEmpty();
  }

  @Test
  void readsGbkCsvFromExcelAndWarnsThatTheEncodingWasGuessed() {
    Path folder = path("excel_gbk");

    Survey survey = SurveyReader.read(folder, DEFAULTS);

    Camera camera = survey.cameras().get(0);
    assertThat(camera.cameraId()).isEqualTo("南门-01");
    assertThat(camera.siteId()).isEqualTo("碑西小学");
    assertThat(camera.signage()).isTrue();
    assertThat(camera.runs24h()).isFalse();
    assertThat(camera.installed()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(camera.filed()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(survey.importWarnings()).extracting(Finding::code).containsExactly(FindingCode.DATA_ENCODING_GUESSED);
    assertThat(survey.importWarnings().get(0).source().file()).isEqualTo(folder.resolve("cameras.csv").toString());
  }

  @Test
  void readsGbkGeoJsonAndWarnsThatTheEncodingWasGuessed() {
    Survey survey = SurveyReader.read(path("gbk_geojson"), DEFAULTS);

    assertThat(survey.cameras().get(0).operator()).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(survey.cameras().get(0).installed()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(survey.importWarnings()).extracting(Finding::code).containsExactly(FindingCode.DATA_ENCODING_GUESSED);
  }

  @Test
  void readsWithTheEncodingTheUserGivesWithoutWarning() {
    Survey survey = SurveyReader.read(path("excel_gbk"), new ImportOptions(null, Charset.forName("GBK")));

    assertThat(survey.cameras().get(0).operator()).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(survey.importWarnings()).isEmpty();
  }

  // --- bad paths ---

  @Test
  void rejectsAPathThatDoesNotExist(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-survey");

    Rejection.of(() -> SurveyReader.read(missing, DEFAULTS))
        .names(missing.toString(), null, null, null)
        .because("no such file or folder");
  }

  @Test
  void rejectsAFileOfAnUnsupportedKind() {
    Path dxf = path("unsupported_extension/cameras.dxf");

    Rejection.of(() -> SurveyReader.read(dxf, DEFAULTS))
        .names(dxf.toString(), null, null, null)
        .because("is not a survey container this version reads (a folder of layer files, or a file ending .geojson");
  }

  @Test
  void rejectsAFolderWithoutLayers() {
    Path folder = path("folder_without_layers");

    Rejection.of(() -> SurveyReader.read(folder, DEFAULTS))
        .names(folder.toString(), null, null, null)
        .because("holds no survey layers");
  }

  @Test
  void rejectsACsvFileNotNamedAfterALayer() {
    Path csv = path("folder_without_layers/export.csv");

    Rejection.of(() -> SurveyReader.read(csv, DEFAULTS))
        .names(csv.toString(), null, null, null)
        .because("must be named after it (cameras.csv, zones.csv, …)");
  }

  @Test
  void rejectsASurveyWithoutCameras() {
    Rejection.of(() -> SurveyReader.read(path("zones_only"), DEFAULTS))
        .names("zones_only", null, null, null)
        .because("has no cameras layer");
  }

  @Test
  void rejectsAFolderThatHoldsALayerTwice() {
    Path folder = path("layer_in_two_files");

    Rejection.of(() -> SurveyReader.read(folder, DEFAULTS))
        .names(folder.resolve("cameras.geojson").toString(), null, null, null)
        .because("holds layer 'cameras', which " + folder.resolve("cameras.csv") + " holds too");
  }

  @Test
  void rejectsCsvXyWithoutCrsNamingTheFile() {
    Path csv = path("xy_epsg4545/cameras.csv");

    Rejection.of(() -> SurveyReader.read(csv, DEFAULTS))
        .names(csv.toString(), "cameras", null, "x")
        .because("--crs");
  }
}
