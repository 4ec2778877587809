package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.read.Fixtures.bytes;
import static org.camsurvey.read.Fixtures.utf8;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.fixture.CpuClock;
import org.camsurvey.geo.Crs;
import org.camsurvey.law.Statute;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.CsvReader;
import org.camsurvey.read.GeoJsonReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class SurveyAssemblerTest {
  private static final Statute STATUTE = Statute.of(Language.ZH);
  private static final ImportOptions DEFAULTS = ImportOptions.defaults();
  private static final double LON = 106.5770;
  private static final double LAT = 29.5580;
  /** A tenth of a millimetre, in degrees. */
  private static final double TENTH_MM_DEGREES = 1e-9;

  private static final String ZONE_SQUARE =
      "POLYGON ((106.5771 29.5581, 106.5774 29.5581, 106.5774 29.5583, 106.5771 29.5583, 106.5771 29.5581))";

  private static Map<String, String> validCamera() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("camera_id", "C1");
    fields.put("site_id", "S1");
    fields.put("lon", Double.toString(LON));
    fields.put("lat", Double.toString(LAT));
    fields.put("heading", "45");
    fields.put("hfov", "90");
    fields.put("range_m", "30");
    fields.put("res_h", "1920");
    fields.put("height_m", "3.5");
    fields.put("tilt", "10");
    fields.put("vfov", "50");
    fields.put("cam_type", "fixed");
    fields.put("signage", "yes");
    fields.put("retention", "30");
    fields.put("runs_24h", "no");
    fields.put("installed", "2016-04-12");
    fields.put("filed", "2016-05-20");
    fields.put("operator", "重庆市渝中区碑西实验小学");
    return fields;
  }

  /** A cameras.csv of one valid camera with one field set to the value given. */
  private static RawLayer cameraWith(String field, String value) {
    Map<String, String> fields = validCamera();
    fields.put(field, value);
    return csv("cameras", table(List.of(fields)));
  }

  private static String table(List<Map<String, String>> rows) {
    StringBuilder b = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
    for (Map<String, String> row : rows) {
      List<String> values = new ArrayList<>();
      row.values().forEach(v -> values.add(v.contains(",") ? '"' + v + '"' : v));
      b.append(String.join(",", values)).append('\n');
    }
    return b.toString();
  }

  private static RawLayer csv(String layer, String text) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, DEFAULTS);
  }

  private static RawLayer csv(String layer, String text, ImportOptions options) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, options);
  }

  private static RawLayer zones(String... rows) {
    return csv("zones", "zone_id,site_id,rule,item,name,min_cover,wkt\n" + String.join("\n", rows) + "\n");
  }

  private static RawLayer oneCamera() {
    return csv("cameras", table(List.of(validCamera())));
  }

  private static Survey assemble(RawLayer... layers) {
    return SurveyAssembler.assemble("survey", List.of(layers), STATUTE);
  }

  private static Camera onlyCamera(Survey survey) {
    assertThat(survey.cameras()).hasSize(1);
    return survey.cameras().get(0);
  }

  private static double[] lonLatOf(Survey survey, Point location) {
    return survey.frame().toLonLat(location.getX(), location.getY());
  }

  private static List<Finding> warnings(Survey survey, FindingCode code) {
    return survey.importWarnings().stream().filter(w -> w.code() == code).toList();
  }

  // --- good paths: cameras ---

  @Test
  void readsEveryCameraField() {
    Survey survey = assemble(oneCamera());

    Camera camera = onlyCamera(survey);
    assertThat(camera.cameraId()).isEqualTo("C1");
    assertThat(camera.siteId()).isEqualTo("S1");
    assertThat(camera.headingDegrees()).isEqualTo(45);
    assertThat(camera.hfovDegrees()).isEqualTo(90);
    assertThat(camera.rangeMetres()).isEqualTo(30);
    assertThat(camera.resolutionH()).isEqualTo(1920);
    assertThat(camera.heightMetres()).isEqualTo(3.5);
    assertThat(camera.tiltDegrees()).isEqualTo(10);
    assertThat(camera.vfovDegrees()).isEqualTo(50);
    assertThat(camera.type()).isEqualTo(CameraType.FIXED);
    assertThat(camera.signage()).isTrue();
    assertThat(camera.retentionDays()).isEqualTo(30);
    assertThat(camera.runs24h()).isFalse();
    assertThat(camera.installed()).isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(camera.filed()).isEqualTo(LocalDate.of(2016, 5, 20));
    assertThat(camera.operator()).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(camera.source().file()).isEqualTo("cameras.csv");
    assertThat(camera.source().layer()).isEqualTo("cameras");
    assertThat(camera.source().recordNumber()).isEqualTo(1);
    assertThat(camera.source().recordLabel()).isEqualTo("C1");
    assertThat(survey.frame().centralLongitude()).isEqualTo(LON);
    assertThat(camera.location().getX()).isCloseTo(0, within(1e-6));
    assertThat(camera.location().getY()).isCloseTo(0, within(1e-6));
    assertThat(survey.importWarnings()).isEmpty();
    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("S1");
    assertThat(survey.cameraFields()).contains("signage", "filed").doesNotContain("lon", "lat");
  }

  @ParameterizedTest(name = "{0} means {1}")
  @CsvSource({
    "yes, true", "YES, true", "no, false", "No, false",
    "true, true", "TRUE, true", "false, false",
    "1, true", "0, false",
    "是, true", "否, false",
    "Y, true", "y, true", "N, false", "n, false"
  })
  void readsBooleansInEverySpellingOfTheFormat(String text, boolean expected) {
    Camera signage = onlyCamera(assemble(cameraWith("signage", text)));
    Camera runs24h = onlyCamera(assemble(cameraWith("runs_24h", text)));

    assertThat(signage.signage()).isEqualTo(expected);
    assertThat(runs24h.runs24h()).isEqualTo(expected);
  }

  @Test
  void readsJsonBooleansAndJsonNullAsUnknown() {
    String json = """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"camera_id": "C1", "heading": 0, "hfov": 90, "range_m": 10,
          "signage": true, "runs_24h": false}, "geometry": {"type": "Point", "coordinates": [106.577, 29.558]}},
         {"type": "Feature", "properties": {"camera_id": "C2", "heading": 0, "hfov": 90, "range_m": 10,
          "signage": null, "runs_24h": true}, "geometry": {"type": "Point", "coordinates": [106.578, 29.558]}}]}
        """;
    List<RawLayer> layers = new GeoJsonReader().read("cameras.geojson", utf8(json), "cameras", DEFAULTS);

    Survey survey = SurveyAssembler.assemble("survey", layers, STATUTE);

    assertThat(survey.cameras()).extracting(Camera::signage).containsExactly(true, null);
    assertThat(survey.cameras()).extracting(Camera::runs24h).containsExactly(false, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-05", "2024-3-5", "2024/3/5", "2024/03/05", "2024年3月5日", "2024 年 3 月 5 日", "2024.3.5"})
  void readsDatesInEveryFormTheFormatAllows(String text) {
    Camera installed = onlyCamera(assemble(cameraWith("installed", text)));
    Camera filed = onlyCamera(assemble(cameraWith("filed", text)));

    assertThat(installed.installed()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(filed.filed()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void readsAnEmptyFilingDateAsNotFiled() {
    Survey survey = assemble(cameraWith("filed", ""));

    assertThat(onlyCamera(survey).filed()).isNull();
    assertThat(survey.importWarnings()).isEmpty();
  }

  @Test
  void normalisesHeading360ToZero() {
    assertThat(onlyCamera(assemble(cameraWith("heading", "360"))).headingDegrees()).isZero();
  }

  @Test
  void readsDecimalCommasOfSemicolonSeparatedCsv() {
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("semicolon_decimal_comma/cameras.csv"), "cameras", DEFAULTS);

    Survey survey = assemble(cameras);

    Camera camera = onlyCamera(survey);
    assertThat(camera.headingDegrees()).isEqualTo(45.5);
    assertThat(camera.hfovDegrees()).isEqualTo(92.5);
    assertThat(camera.rangeMetres()).isEqualTo(30.25);
    assertThat(camera.heightMetres()).isEqualTo(3.5);
    assertThat(camera.tiltDegrees()).isEqualTo(12.5);
    assertThat(lonLatOf(survey, camera.location())).containsExactly(new double[] {LON, LAT}, within(TENTH_MM_DEGREES));
  }

  @Test
  void placesXyCamerasWhereTheirLonLatIs() {
    ImportOptions gk108 = new ImportOptions(Crs.parse("EPSG:4545"), null);
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("xy_epsg4545/cameras.csv"), "cameras", gk108);

    Survey survey = assemble(cameras);

    assertThat(lonLatOf(survey, survey.cameras().get(0).location()))
        .containsExactly(new double[] {106.5770, 29.5580}, within(TENTH_MM_DEGREES));
    assertThat(lonLatOf(survey, survey.cameras().get(1).location()))
        .containsExactly(new double[] {106.5775, 29.5585}, within(TENTH_MM_DEGREES));
  }

  @Test
  void warnsOnceForComplianceFieldsTheCamerasLayerLacks() {
    RawLayer cameras = csv("cameras", "camera_id,site_id,lon,lat,heading,hfov,range_m\nC1,S1,106.577,29.558,0,90,30\n");

    Survey survey = assemble(cameras);

    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_MISSING_FIELD);
      assertThat(w.figures()).containsEntry("fields", "cam_type, signage, retention, runs_24h, filed");
      assertThat(w.source().file()).isEqualTo("cameras.csv");
      assertThat(w.source().layer()).isEqualTo("cameras");
      assertThat(w.cameraId()).isNull();
    });
    Camera camera = onlyCamera(survey);
    assertThat(camera.type()).isNull();
    assertThat(camera.signage()).isNull();
    assertThat(camera.retentionDays()).isNull();
    assertThat(camera.runs24h()).isNull();
  }

  @Test
  void warnsForEachCameraThatLeavesComplianceFieldsEmpty() {
    Map<String, String> blank = validCamera();
    blank.put("camera_id", "C2");
    blank.put("cam_type", "");
    blank.put("retention", " ");
    RawLayer cameras = csv("cameras", table(List.of(validCamera(), blank)));

    Survey survey = assemble(cameras);

    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_MISSING_FIELD);
      assertThat(w.cameraId()).isEqualTo("C2");
      assertThat(w.siteId()).isEqualTo("S1");
      assertThat(w.figures()).containsEntry("fields", "cam_type, retention");
    });
  }

  @Test
  void putsCamerasOfALayerWithoutSiteIdsInASiteNamedAfterTheSurvey() {
    RawLayer cameras = csv("cameras", "camera_id,lon,lat,heading,hfov,range_m,cam_type,signage,retention,runs_24h,filed\n"
        + "C1,106.577,29.558,0,90,30,dome,yes,30,yes,\n");

    Survey survey = assemble(cameras);

    assertThat(onlyCamera(survey).siteId()).isEqualTo("survey");
    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("survey");
    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_MISSING_FIELD);
      assertThat(w.figures()).containsEntry("fields", "site_id");
    });
  }

  @Test
  void acceptsTheSameCameraIdInTwoSites() {
    Map<String, String> other = validCamera();
    other.put("site_id", "S2");

    Survey survey = assemble(csv("cameras", table(List.of(validCamera(), other))));

    assertThat(survey.cameras()).extracting(Camera::siteId).containsExactly("S1", "S2");
    assertThat(survey.cameras()).extracting(Camera::cameraId).containsExactly("C1", "C1");
  }

  @Test
  void warnsAboutCameraSitesTheSitesLayerDoesNotList() {
    Map<String, String> stray = validCamera();
    stray.put("camera_id", "C9");
    stray.put("site_id", "S9");
    RawLayer sites = csv("sites", "site_id,name\nS1,碑西实验小学\n");
    RawLayer cameras = csv("cameras", table(List.of(validCamera(), stray)));

    Survey survey = assemble(sites, cameras);

    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_UNKNOWN_SITE);
      assertThat(w.siteId()).isEqualTo("S9");
      assertThat(w.source().file()).isEqualTo("sites.csv");
      assertThat(w.source().recordLabel()).isEqualTo("S9");
    });
    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("S1", "S9");
    assertThat(survey.sites().get(0).name()).isEqualTo("碑西实验小学");
  }

  @Test
  void impliesSitesWithoutWarningWhenThereIsNoSitesLayer() {
    Survey survey = assemble(oneCamera(), zones("Z1,S2,forbidden,9.3,,," + '"' + ZONE_SQUARE + '"'));

    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("S1", "S2");
    assertThat(warnings(survey, FindingCode.DATA_UNKNOWN_SITE)).isEmpty();
  }

  // --- good paths: zones, obstacles, access log ---

  @Test
  void readsZones() {
    Survey survey = assemble(oneCamera(), zones(
        "Z1,S1,forbidden,9.3,3楼女卫生间,," + '"' + ZONE_SQUARE + '"',
        "Z2,S1,Mandated,8.6,南门出入口,0.9," + '"' + ZONE_SQUARE + '"'));

    Zone toilet = survey.zones().get(0);
    assertThat(toilet.rule()).isEqualTo(ZoneRule.FORBIDDEN);
    assertThat(toilet.item()).isEqualTo(new ArticleItem(9, 3));
    assertThat(toilet.name()).isEqualTo("3楼女卫生间");
    assertThat(toilet.minCover()).isNull();
    // 0.0003° of longitude by 0.0002° of latitude at 29.558°N
    assertThat(toilet.area().getArea()).isCloseTo(29.08 * 22.17, within(2.0));
    Zone gate = survey.zones().get(1);
    assertThat(gate.rule()).isEqualTo(ZoneRule.MANDATED);
    assertThat(gate.item()).isEqualTo(new ArticleItem(8, 6));
    assertThat(gate.minCover()).isEqualTo(0.9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.3", "9 . 3", "9-3", "9(3)", "9（3）", "9．3", "3"})
  void readsArticleItemsAsOfficesWriteThem(String item) {
    Survey survey = assemble(oneCamera(), zones("Z1,S1,forbidden," + item + ",,," + '"' + ZONE_SQUARE + '"'));

    assertThat(survey.zones().get(0).item()).isEqualTo(new ArticleItem(9, 3));
  }

  @Test
  void repairsABowTieZoneKeepingBothLobesAndWarns() {
    String bowTie = "POLYGON ((106.5770 29.5580, 106.5772 29.5582, 106.5772 29.5580, 106.5770 29.5582, 106.5770 29.5580))";

    Survey survey = assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,," + '"' + bowTie + '"'));

    Geometry area = survey.zones().get(0).area();
    assertThat(area.isValid()).isTrue();
    assertThat(area.getNumGeometries()).isEqualTo(2);
    // each lobe is a quarter of the bow-tie's bounding box
    assertThat(area.getArea()).isCloseTo(area.getEnvelopeInternal().getArea() / 2, within(0.01));
    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_GEOMETRY_REPAIRED);
      assertThat(w.siteId()).isEqualTo("S1");
      assertThat(w.source().recordLabel()).isEqualTo("Z1");
      assertThat(w.figures()).containsEntry("reason", "Self-intersection").containsEntry("area_before_m2", 0.0);
      assertThat((double) w.figures().get("area_after_m2")).isCloseTo(area.getArea(), within(0.01));
    });
  }

  @Test
  void readsObstaclesAsLinesAndPolygons() {
    RawLayer obstacles = csv("obstacles", "obst_id,kind,wkt\n"
        + "O1,wall,\"LINESTRING (106.5772 29.5579, 106.5772 29.5584)\"\n"
        + "O2,building,\"" + ZONE_SQUARE + "\"\n");

    Survey survey = assemble(oneCamera(), obstacles);

    assertThat(survey.obstacles()).extracting(o -> o.shape().getGeometryType()).containsExactly("LineString", "Polygon");
    assertThat(survey.obstacles()).extracting(o -> o.kind()).containsExactly("wall", "building");
    assertThat(survey.obstacles().get(0).shape().getLength()).isCloseTo(55.4, within(0.5));
  }

  @Test
  void readsTheAccessLog() {
    RawLayer log = csv("access_log", "site_id,when,persons,approval,purpose,footage,recorded_by\n"
        + "S1,2024-03-05 14:30,2,渝公(2024)12号,案件调查,\"C1, C2\",王伟\n"
        + "S1,2024年3月6日 9时05分,1,,,C1，C2、C3,王伟\n"
        + "S1,2024/3/7,,,,,\n");

    Survey survey = assemble(oneCamera(), log);

    assertThat(survey.accessLog()).extracting(e -> e.when()).containsExactly(
        LocalDateTime.of(2024, 3, 5, 14, 30), LocalDateTime.of(2024, 3, 6, 9, 5), LocalDateTime.of(2024, 3, 7, 0, 0));
    assertThat(survey.accessLog()).extracting(e -> e.persons()).containsExactly(2, 1, null);
    assertThat(survey.accessLog().get(0).footage()).containsExactly("C1", "C2");
    assertThat(survey.accessLog().get(1).footage()).containsExactly("C1", "C2", "C3");
    assertThat(survey.accessLog().get(2).footage()).isEmpty();
    assertThat(survey.accessLog().get(0).approval()).isEqualTo("渝公(2024)12号");
  }

  // --- bad paths: cameras ---

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "heading  | -1    | -1.0 is outside 0–360",
    "heading  | 361   | 361.0 is outside 0–360",
    "hfov     | 0     | 0.0 is outside 0 < angle ≤ 360 degrees",
    "hfov     | 400   | 400.0 is outside 0 < angle ≤ 360 degrees",
    "range_m  | 0     | 0.0 is outside 0 < range ≤ 20000 metres",
    "range_m  | -5    | -5.0 is outside 0 < range ≤ 20000 metres",
    "range_m  | 30000 | 30000.0 is outside 0 < range ≤ 20000 metres",
    "res_h    | 0     | 0 is not a horizontal resolution in pixels",
    "height_m | -1    | -1.0 is outside 0–1000 metres",
    "tilt     | 100   | 100.0 is outside −90–90 degrees below horizontal",
    "vfov     | 180   | 180.0 is outside 0 < angle < 180 degrees",
    "retention| -1    | -1 days is negative",
  })
  void rejectsCameraNumbersOutOfRange(String field, String value, String reason) {
    Rejection.of(() -> assemble(cameraWith(field, value)))
        .names("cameras.csv", "cameras", "C1", field)
        .because(reason);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "cam_type  | bullet     | 'bullet' is not fixed, dome, ptz or fisheye",
    "signage   | maybe      | 'maybe' is not yes or no",
    "runs_24h  | 24h        | '24h' is not yes or no",
    "installed | 2024-13-45 | '2024-13-45' is not a calendar date",
    "filed     | 2023-02-29 | '2023-02-29' is not a calendar date",
    "installed | yesterday  | 'yesterday' is not a date (write 2024-03-05, 2024/3/5 or 2024年3月5日)",
    "heading   | forty-five | 'forty-five' is not a number",
    "hfov      | 90°        | '90°' is not a number",
    "range_m   | NaN        | 'NaN' is not a finite number",
    "range_m   | 1e400      | is not a finite number",
    "res_h     | 1920.5     | '1920.5' is not a whole number",
    "retention | 1e12       | '1e12' is not a whole number",
  })
  void rejectsCameraValuesThatCannotBeRead(String field, String value, String reason) {
    Rejection.of(() -> assemble(cameraWith(field, value)))
        .names("cameras.csv", "cameras", "C1", field)
        .because(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"heading", "hfov", "range_m"})
  void rejectsACameraThatLeavesARequiredFieldEmpty(String field) {
    Rejection.of(() -> assemble(cameraWith(field, "")))
        .names("cameras.csv", "cameras", "C1", field)
        .because("is empty; it is required");
  }

  @Test
  void rejectsACamerasLayerWithoutARequiredField() {
    RawLayer cameras = csv("cameras", "camera_id,lon,lat,hfov,range_m\nC1,106.577,29.558,90,30\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", null, "heading")
        .because("the layer has no 'heading' field");
  }

  @Test
  void rejectsACameraWithAnEmptyIdNamingItByNumber() {
    Map<String, String> second = validCamera();
    second.put("camera_id", "");

    Rejection.of(() -> assemble(csv("cameras", table(List.of(validCamera(), second)))))
        .names("cameras.csv", "cameras", "#2", "camera_id")
        .because("is empty; it is required");
  }

  @Test
  void rejectsACameraIdTwiceInOneSite() {
    Rejection.of(() -> assemble(csv("cameras", table(List.of(validCamera(), validCamera())))))
        .names("cameras.csv", "cameras", "C1", "camera_id")
        .because("camera 'C1' appears twice in site 'S1'");
  }

  @Test
  void rejectsACameraWithoutGeometry() {
    Map<String, String> fields = validCamera();
    fields.put("lon", "");
    fields.put("lat", "");

    Rejection.of(() -> assemble(csv("cameras", table(List.of(fields)))))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a camera needs a point");
  }

  @Test
  void rejectsACameraDrawnAsAPolygon() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,\"" + ZONE_SQUARE + "\"\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a camera is a point, not a Polygon");
  }

  @Test
  void readsACameraDrawnAsAMultiPointOfOne() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,MULTIPOINT ((106.577 29.558))\n");

    assertThat(onlyCamera(assemble(cameras)).location().getX()).isCloseTo(0, within(1e-6));
  }

  @Test
  void rejectsACameraDrawnAsAMultiPointOfTwo() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,\"MULTIPOINT ((106.577 29.558), (106.578 29.558))\"\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a camera is a point, not a MultiPoint");
  }

  @Test
  void rejectsACameraDrawnAsAGeometryCollection() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,GEOMETRYCOLLECTION (POINT (106.577 29.558))\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a GeometryCollection is not a survey geometry");
  }

  // --- bad paths: zones ---

  @Test
  void rejectsAZoneWithAnUnknownRule() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,required,8.6,,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "rule")
        .because("'required' is not mandated (Art. 8), forbidden (Art. 9) or sensitive (the 2025 regulation's Art. 10)");
  }

  @Test
  void rejectsAnItemOfAnotherArticleThanTheRules() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,mandated,9.3,,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "item")
        .because("a mandated zone falls under Art. 8, not Art. 9");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "mandated, 8.11, Art. 8 has items 1–10, not 11",
    "mandated, 8.0, Art. 8 has items 1–10, not 0",
    "forbidden, 9.7, Art. 9 has items 1–6, not 7",
    "forbidden, 7, Art. 9 has items 1–6, not 7",
  })
  void rejectsAnItemTheArticleDoesNotHave(String rule, String item, String reason) {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1," + rule + "," + item + ",,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "item")
        .because(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.3.1", "nine", "99999999999.3", "9.99999999999"})
  void rejectsAnItemThatIsNotAnArticleItem(String item) {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden," + item + ",,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "item")
        .because("'" + item + "' is not an article item such as 9.3");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "POLYGON ((106.5771 29.5581, 106.5772 29.5581, 106.5773 29.5581, 106.5771 29.5581))",
    "POLYGON ((106.5771 29.5581, 106.5771 29.5582, 106.5771 29.5583, 106.5771 29.5581))",
    "POLYGON ((106.5771 29.5581, 106.5772 29.5582, 106.5773 29.5583, 106.5771 29.5581))",
    "POLYGON ((106.5771 29.5581, 106.5771 29.5581, 106.5771 29.5581, 106.5771 29.5581))",
    // kilometres along a parallel, which curves in the local frame: no area where it was drawn
    "POLYGON ((106.5 29.5581, 106.6 29.5581, 106.7 29.5581, 106.5 29.5581))",
  })
  void rejectsAZoneWithoutArea(String flat) {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,," + '"' + flat + '"')))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("the polygon has no area");
  }

  @Test
  void readsAZoneOfASquareMetre() {
    String small = "POLYGON ((106.57710 29.55810, 106.57711 29.55810, 106.57711 29.55811, 106.57710 29.55811, 106.57710 29.55810))";

    Survey survey = assemble(oneCamera(), zones("Z1,S1,forbidden,9.6,,," + '"' + small + '"'));

    assertThat(survey.zones().get(0).area().getArea()).isCloseTo(0.97 * 1.11, within(0.01));
  }

  @Test
  void rejectsAZoneWithoutGeometry() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,,")))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("a zone needs a polygon");
  }

  @Test
  void rejectsAZoneDrawnAsALine() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,,\"LINESTRING (106.5771 29.5581, 106.5772 29.5582)\"")))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("expected a polygon, found a LineString");
  }

  @Test
  void rejectsAZoneIdTwiceInOneSite() {
    String zone = "Z1,S1,forbidden,9.3,,," + '"' + ZONE_SQUARE + '"';

    Rejection.of(() -> assemble(oneCamera(), zones(zone, zone)))
        .names("zones.csv", "zones", "Z1", "zone_id")
        .because("zone 'Z1' appears twice in site 'S1'");
  }

  @Test
  void rejectsAMinimumCoverOutsideZeroToOne() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,mandated,8.6,,1.5," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "min_cover")
        .because("1.5 is outside 0..1");
  }

  // --- bad paths: coordinates ---

  @Test
  void rejectsProjectedCoordinatesInGeoJsonWithoutCrsAndSuggestsTheCrsOption() {
    String json = """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"camera_id": "C1", "heading": 0, "hfov": 90, "range_m": 10},
          "geometry": {"type": "Point", "coordinates": [362088.3397, 3271963.1977]}}]}
        """;
    List<RawLayer> layers = new GeoJsonReader().read("cameras.geojson", utf8(json), "cameras", DEFAULTS);

    Rejection.of(() -> SurveyAssembler.assemble("survey", layers, STATUTE))
        .names("cameras.geojson", "cameras", "C1", "geometry")
        .because("coordinate 362088.3397, 3271963.1977 is not a longitude and latitude in EPSG:4326",
            "give its CRS with --crs (e.g. --crs EPSG:4545)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e308", "-1e308"})
  void rejectsAHugeButFiniteCoordinate(String value) {
    String json = """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"camera_id": "C1", "heading": 0, "hfov": 90, "range_m": 10},
          "geometry": {"type": "Point", "coordinates": [%s, 29.5]}}]}
        """.formatted(value);
    List<RawLayer> layers = new GeoJsonReader().read("cameras.geojson", utf8(json), "cameras", DEFAULTS);

    Rejection.of(() -> SurveyAssembler.assemble("survey", layers, STATUTE))
        .names("cameras.geojson", "cameras", "C1", "geometry")
        .because("EPSG:4326");
  }

  @ParameterizedTest
  @ValueSource(strings = {"85", "-85", "89.9"})
  void rejectsLatitudesWhereNoLocalFrameExists(String lat) {
    Rejection.of(() -> assemble(cameraWith("lat", lat)))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("does not lie in EPSG:4326's area of use");
  }

  @Test
  void rejectsZonePrefixedCoordinatesUnderACrsWithoutThePrefix() {
    // 36 is the zone number of CM 108E: 36362088 is 362088 with the zone prefixed
    RawLayer cameras = csv("cameras", "camera_id,x,y,heading,hfov,range_m\nC1,36362088.3397,3271963.1977,0,90,30\n",
        new ImportOptions(Crs.parse("EPSG:4545"), null));

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("coordinate 3.63620883397E7, 3271963.1977 does not lie in EPSG:4545's area of use");
  }

  @Test
  void rejectsAProjectedPolygonWiderThanAnyPlaceInsteadOfDensifyingIt() {
    ImportOptions gk108 = new ImportOptions(Crs.parse("EPSG:4545"), null);
    RawLayer cameras = csv("cameras", "camera_id,x,y,heading,hfov,range_m\nC1,362088.3397,3271963.1977,0,90,30\n", gk108);
    RawLayer zones = csv("zones", "zone_id,rule,item,wkt\n"
        + "Z1,forbidden,9.3,\"POLYGON ((-2000000 1000000, 3000000 1000000, 3000000 6000000, -2000000 6000000, -2000000 1000000))\"\n",
        gk108);

    Rejection.of(() -> assemble(cameras, zones))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("the geometry spans 5000 × 5000 km in EPSG:4545");
  }

  @Test
  void aProjectedZoneWithANorthingTypoIsDensifiedInBoundedTime() {
    // found by GeoJsonReaderFuzzTest: a northing typo (3871974 for 3271974) made a 1 200 km ring
    // whose every 100 m took a reprojection and a round trip; 600 km tall, it is no wider than a
    // province and is read, but densified to a bounded number of vertices
    ImportOptions gk108 = new ImportOptions(Crs.parse("EPSG:4545"), null);
    RawLayer cameras = csv("cameras", "camera_id,x,y,heading,hfov,range_m\nC1,362088.3397,3271963.1977,0,90,30\n", gk108);
    RawLayer zones = csv("zones", "zone_id,rule,item,wkt\n"
        + "Z1,forbidden,9.3,\"POLYGON ((362098 3271974, 362127 3871974, 362128 3271996, 362098 3271974))\"\n", gk108);

    long start = CpuClock.millis();
    Survey survey = assemble(cameras, zones);

    assertThat(survey.zones().get(0).area().getNumPoints()).isLessThanOrEqualTo(12_100);
    assertThat(CpuClock.millis() - start).as("CPU milliseconds").isLessThan(1_000);
  }

  @Test
  void rejectsACameraOnTheOtherSideOfTheWorldFromTheRest() {
    Map<String, String> typo = validCamera();
    typo.put("camera_id", "C2");
    typo.put("lon", "-106.5775");

    Rejection.of(() -> assemble(csv("cameras", table(List.of(validCamera(), typo)))))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("lies 107° from the survey's centre", "check the longitude's sign and the CRS");
  }

  @Test
  void rejectsACrsThatCannotProjectTheCoordinate() {
    String json = """
        {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "+proj=ortho +lat_0=30 +lon_0=106"}},
         "features": [{"type": "Feature", "properties": {"camera_id": "C1", "heading": 0, "hfov": 90, "range_m": 10},
          "geometry": {"type": "Point", "coordinates": [9000000, 9000000]}}]}
        """;
    List<RawLayer> layers = new GeoJsonReader().read("cameras.geojson", utf8(json), "cameras", DEFAULTS);

    Rejection.of(() -> SurveyAssembler.assemble("survey", layers, STATUTE))
        .names("cameras.geojson", "cameras", "C1", "geometry")
        .because("does not lie in +proj=ortho +lat_0=30 +lon_0=106's area of use");
  }

  // --- bad paths: layers ---

  @Test
  void rejectsLayersWithoutCameras() {
    Rejection.of(() -> assemble(zones("Z1,S1,forbidden,9.3,,," + '"' + ZONE_SQUARE + '"')))
        .names("survey", null, null, null)
        .because("has no cameras layer");
  }

  @Test
  void aCameraInTwoFilesOfOneLayerIsRefusedNamingBoth() {
    RawLayer again = new CsvReader().read("more/cameras.csv", utf8(table(List.of(validCamera()))), "cameras", DEFAULTS);

    // Two files may each hold part of a layer (import merges them); one camera twice is an error.
    Rejection.of(() -> assemble(oneCamera(), again))
        .names("more/cameras.csv", "cameras", "C1", "camera_id")
        .because("cameras.csv");
  }

  @Test
  void rejectsASiteListedTwice() {
    RawLayer sites = csv("sites", "site_id,name\nS1,甲\nS1,乙\n");

    Rejection.of(() -> assemble(sites, oneCamera()))
        .names("sites.csv", "sites", "S1", "site_id")
        .because("site 'S1' is listed twice");
  }

  @Test
  void rejectsAnAccessLogEntryWithATimeThatIsNoTimeOfDay() {
    RawLayer log = csv("access_log", "site_id,when\nS1,2024-03-05 25:00\n");

    Rejection.of(() -> assemble(oneCamera(), log))
        .names("access_log.csv", "access_log", "#1", "when")
        .because("'2024-03-05 25:00' is not a time of day");
  }

  @Test
  void rejectsAnAccessLogEntryWithANegativeNumberOfPersons() {
    RawLayer log = csv("access_log", "site_id,when,persons\nS1,2024-03-05,-2\n");

    Rejection.of(() -> assemble(oneCamera(), log))
        .names("access_log.csv", "access_log", "#1", "persons")
        .because("-2 is negative");
  }

  // --- the inspection checklist ---

  @Test
  void readsTheChecklist() {
    RawLayer checklist = csv("checklist", "site_id,article,item,answer,note,checked_by,when\n"
        + "S1,11,3,no,广场入口,王芳,2024-06-03\n"
        + "S1,11,,yes,,,\n"
        + "S1,12,,是,,,\n"
        + "S1,13,,不适用,,,\n"
        + "S1,19,(4),否,,,\n"
        + "S1,19.8,,na,,,\n"
        + "S1,20,20.2,NO,,,\n"
        + "S1,Art. 20,07,Yes,,,2024年6月3日\n");

    Survey survey = assemble(oneCamera(), checklist);

    assertThat(survey.checklist()).extracting(a -> a.article() + " " + a.item() + " " + a.answer().code())
        .containsExactly("11 3 no", "11 3 yes", "12 null yes", "13 null na", "19 4 no", "19 8 na", "20 2 no", "20 7 yes");
    assertThat(survey.checklist().get(0)).satisfies(a -> {
      assertThat(a.siteId()).isEqualTo("S1");
      assertThat(a.note()).isEqualTo("广场入口");
      assertThat(a.checkedBy()).isEqualTo("王芳");
      assertThat(a.when()).isEqualTo(LocalDate.of(2024, 6, 3));
      assertThat(a.source().recordLabel()).isEqualTo("#1");
    });
    assertThat(survey.checklist().get(7).when()).isEqualTo(LocalDate.of(2024, 6, 3));
  }

  @ParameterizedTest(name = "article {0}, item {1}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "18;  1;  item;    Art. 18 item 1 is not a checklist duty: the checklist answers Art. 11 ¶3",
      "19;  9;  item;    Art. 19 item 9 is not a checklist duty: Art. 19 is answered item by item, 1–8",
      "20;  -;  article; Art. 20 is not a checklist duty: Art. 20 is answered item by item, 1–8",
      "12;  1;  item;    Art. 12 item 1 is not a checklist duty: Art. 12 is answered whole (leave item empty)",
      "11;  2;  item;    Art. 11 item 2 is not a checklist duty: Art. 11 is answered on its paragraph 3 (item 3)",
      "19;  8.3; item;   '8.3' is not an item of Art. 19 such as 3",
      "第十九条; -; article; '第十九条' is not an article number such as 19"})
  void rejectsADutyTheChecklistDoesNotHave(String article, String item, String field, String reason) {
    RawLayer checklist = csv("checklist", "site_id,article,item,answer\nS1,19,1,yes\nS1," + article + ","
        + (item == null ? "" : item) + ",no\n");

    Rejection.of(() -> assemble(oneCamera(), checklist))
        .names("checklist.csv", "checklist", "#2", field)
        .because(reason);
  }

  @Test
  void rejectsAnAnswerThatIsNotYesNoOrNa() {
    RawLayer checklist = csv("checklist", "site_id,article,item,answer\nS1,19,4,maybe\n");

    Rejection.of(() -> assemble(oneCamera(), checklist))
        .names("checklist.csv", "checklist", "#1", "answer")
        .because("'maybe' is not yes, no or na");
  }

  @Test
  void rejectsAChecklistWithoutAnswers() {
    RawLayer checklist = csv("checklist", "site_id,article,item\nS1,19,4\n");

    Rejection.of(() -> assemble(oneCamera(), checklist))
        .names("checklist.csv", "checklist", null, "answer")
        .because("the layer has no 'answer' field");
  }
}
