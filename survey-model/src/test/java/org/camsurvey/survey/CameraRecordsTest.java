package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.read.Fixtures.bytes;
import static org.camsurvey.read.Fixtures.utf8;
import static org.camsurvey.survey.RawLayers.DEFAULTS;
import static org.camsurvey.survey.RawLayers.LAT;
import static org.camsurvey.survey.RawLayers.LON;
import static org.camsurvey.survey.RawLayers.STATUTE;
import static org.camsurvey.survey.RawLayers.TENTH_MM_DEGREES;
import static org.camsurvey.survey.RawLayers.assemble;
import static org.camsurvey.survey.RawLayers.cameraWith;
import static org.camsurvey.survey.RawLayers.csv;
import static org.camsurvey.survey.RawLayers.lonLatOf;
import static org.camsurvey.survey.RawLayers.oneCamera;
import static org.camsurvey.survey.RawLayers.onlyCamera;
import static org.camsurvey.survey.RawLayers.table;
import static org.camsurvey.survey.RawLayers.validCamera;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.read.CsvReader;
import org.camsurvey.read.GeoJsonReader;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cameras layer read record by record: every field in every spelling the format allows, the
 * warnings for the compliance fields a layer or a camera lacks, and the values refused with their
 * record and field.
 */
class CameraRecordsTest {
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
}
