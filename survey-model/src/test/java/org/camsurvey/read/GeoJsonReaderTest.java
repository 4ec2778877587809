package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.assertj.core.api.Assertions.entry;
import static org.camsurvey.read.Fixtures.bytes;
import static org.camsurvey.read.Fixtures.utf8;

import java.nio.charset.Charset;
import java.util.List;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {
  private static final ImportOptions DEFAULTS = ImportOptions.defaults();

  /** GeoJSON written with single quotes, which read better in Java text. */
  private static byte[] json(String singleQuoted) {
    return utf8(singleQuoted.replace('\'', '"'));
  }

  private static List<RawLayer> read(String file, byte[] content, String layerFromName) {
    return new GeoJsonReader().read(file, content, layerFromName, DEFAULTS);
  }

  /** A combined file holding one feature, whose geometry is given. */
  private static byte[] oneCamera(String geometry) {
    return json("{'type': 'FeatureCollection', 'features': [{'type': 'Feature', 'properties': "
        + "{'layer': 'cameras', 'camera_id': 'C1'}, 'geometry': " + geometry + "}]}");
  }

  private static byte[] oneZone(String geometry) {
    return json("{'type': 'FeatureCollection', 'features': [{'type': 'Feature', 'properties': "
        + "{'layer': 'zones', 'zone_id': 'Z1'}, 'geometry': " + geometry + "}]}");
  }

  // --- good paths ---

  @Test
  void readsAFileNamedAfterItsLayerAsThatLayer() {
    List<RawLayer> layers = read("cameras.geojson", bytes("per_layer_geojson_folder/cameras.geojson"), "cameras");

    assertThat(layers).hasSize(1);
    RawLayer cameras = layers.get(0);
    assertThat(cameras.name()).isEqualTo("cameras");
    assertThat(cameras.file()).isEqualTo("cameras.geojson");
    assertThat(cameras.crs()).isSameAs(Crs.wgs84());
    assertThat(cameras.warnings()).isEmpty();
    assertThat(cameras.fields()).containsExactlyInAnyOrder(
        "camera_id", "site_id", "heading", "hfov", "range_m", "res_h", "height_m", "tilt", "vfov",
        "cam_type", "signage", "retention", "runs_24h", "installed", "filed", "operator");
    assertThat(cameras.features()).extracting(RawFeature::number).containsExactly(1, 2, 3);

    RawFeature first = cameras.features().get(0);
    assertThat(first.attributes()).contains(
        entry("camera_id", "C1"), entry("heading", 45L), entry("height_m", 3.5), entry("operator", "重庆市渝中区碑西实验小学"));
    assertThatObject(first.geometry()).isInstanceOf(Point.class);
    assertThat(first.geometry().getCoordinate()).isEqualTo(new Coordinate(106.5770, 29.5580));
    assertThat(cameras.features().get(1).attributes()).containsEntry("res_h", null).containsEntry("heading", 200.5);
  }

  @Test
  void splitsOneFeatureCollectionIntoLayersByTheLayerProperty() {
    List<RawLayer> layers = read("survey.geojson", bytes("combined_feature_collection.geojson"), null);

    assertThat(layers).extracting(RawLayer::name).containsExactly("sites", "cameras", "zones", "obstacles", "access_log");
    assertThat(layers).extracting(l -> l.features().size()).containsExactly(2, 3, 2, 2, 1);
    RawLayer cameras = layers.get(1);
    assertThat(cameras.features()).extracting(RawFeature::number).containsExactly(1, 2, 3);
    assertThat(cameras.fields()).doesNotContain("layer");
    assertThat(cameras.features().get(0).attributes()).doesNotContainKey("layer");
    RawLayer accessLog = layers.get(4);
    assertThatObject(accessLog.features().get(0).geometry()).isNull();
    assertThat(accessLog.features().get(0).text("footage")).isEqualTo("C1，C2");
  }

  @Test
  void readsTheLayerPropertyWhateverItsCaseAndSpacing() {
    byte[] content = json("{'type': 'FeatureCollection', 'features': [{'type': 'Feature', "
        + "'properties': {'layer': ' Cameras ', 'camera_id': 'C1'}, 'geometry': null}]}");

    assertThat(read("survey.geojson", content, null)).extracting(RawLayer::name).containsExactly("cameras");
  }

  @Test
  void readsASingleFeatureAsALayerOfOne() {
    byte[] content = json("{'type': 'Feature', 'properties': {'camera_id': 'C1'}, 'geometry': {'type': 'Point', 'coordinates': [106.5, 29.5]}}");

    RawLayer layer = read("cameras.geojson", content, "cameras").get(0);

    assertThat(layer.features()).singleElement().satisfies(f -> assertThat(f.text("camera_id")).isEqualTo("C1"));
  }

  @Test
  void readsAnEmptyLayerFileAsAnEmptyLayer() {
    List<RawLayer> layers = read("zones.geojson", json("{'type': 'FeatureCollection', 'features': []}"), "zones");

    assertThat(layers).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("zones");
      assertThat(l.features()).isEmpty();
    });
  }

  @Test
  void lowerCasesAndTrimsPropertyNames() {
    byte[] content = json("{'type': 'Feature', 'properties': {' Camera_ID ': 'C1', 'HEADING': 90}, 'geometry': null}");

    RawLayer layer = read("cameras.geojson", content, "cameras").get(0);

    assertThat(layer.fields()).containsExactlyInAnyOrder("camera_id", "heading");
    assertThat(layer.features().get(0).attributes()).containsExactly(entry("camera_id", "C1"), entry("heading", 90L));
  }

  @Test
  void keepsJsonTypesOfPropertyValues() {
    byte[] content = json("{'type': 'Feature', 'properties': {'a': true, 'b': false, 'c': null, 'd': 7, 'e': 7.25, "
        + "'f': 'text', 'g': [1, 2], 'h': {'k': 1}}, 'geometry': null}");

    RawFeature feature = read("cameras.geojson", content, "cameras").get(0).features().get(0);

    assertThat(feature.attributes()).containsExactly(
        entry("a", true), entry("b", false), entry("c", null), entry("d", 7L), entry("e", 7.25),
        entry("f", "text"), entry("g", "[1,2]"), entry("h", "{\"k\":1}"));
  }

  @Test
  void readsLinesPolygonsAndMultiGeometries() {
    byte[] content = json("{'type': 'FeatureCollection', 'features': ["
        + "{'type': 'Feature', 'properties': {'layer': 'obstacles'}, 'geometry': {'type': 'LineString', 'coordinates': [[0, 0], [1, 1]]}},"
        + "{'type': 'Feature', 'properties': {'layer': 'obstacles'}, 'geometry': {'type': 'Polygon', 'coordinates': "
        + "[[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]]}},"
        + "{'type': 'Feature', 'properties': {'layer': 'obstacles'}, 'geometry': {'type': 'MultiPolygon', 'coordinates': "
        + "[[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}}]}");

    List<RawFeature> features = read("survey.geojson", content, null).get(0).features();

    assertThatObject(features.get(0).geometry()).isInstanceOf(LineString.class);
    assertThatObject(features.get(1).geometry()).isInstanceOf(Polygon.class);
    assertThat(((Polygon) features.get(1).geometry()).getNumInteriorRing()).isEqualTo(1);
    assertThat(features.get(1).geometry().getArea()).isEqualTo(16 - 0.5);
    assertThat(features.get(2).geometry().getNumGeometries()).isEqualTo(2);
  }

  @Test
  void honoursALegacyCrsMember() {
    RawLayer cameras = read("survey.geojson", bytes("legacy_crs_member_epsg4545.geojson"), null).get(0);

    assertThat(cameras.crs().name()).isEqualTo("EPSG:4545");
    assertThat(cameras.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(362088.3397, 3271963.1977));
  }

  @Test
  void legacyCrsMemberWinsOverTheCrsOption() {
    ImportOptions utm48 = new ImportOptions(Crs.parse("EPSG:32648"), null);

    List<RawLayer> layers = new GeoJsonReader().read("survey.geojson", bytes("legacy_crs_member_epsg4545.geojson"), null, utm48);

    assertThat(layers).allSatisfy(l -> assertThat(l.crs().name()).isEqualTo("EPSG:4545"));
  }

  @Test
  void crsOptionStandsInWhenTheFileNamesNone() {
    ImportOptions gk108 = new ImportOptions(Crs.parse("EPSG:4545"), null);

    RawLayer layer = new GeoJsonReader().read("cameras.geojson", oneCamera("null"), null, gk108).get(0);

    assertThat(layer.crs().name()).isEqualTo("EPSG:4545");
  }

  @Test
  void decodesGbkWithChineseNamesAndWarnsThatTheEncodingWasGuessed() {
    RawLayer cameras = read("cameras.geojson", bytes("gbk_geojson/cameras.geojson"), "cameras").get(0);

    RawFeature camera = cameras.features().get(0);
    assertThat(camera.text("camera_id")).isEqualTo("南门-01");
    assertThat(camera.text("operator")).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(camera.text("installed")).isEqualTo("2024年3月5日");
    assertThat(cameras.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_ENCODING_GUESSED);
      assertThat(w.figures()).containsEntry("encoding", "GB18030");
      assertThat(w.source().file()).isEqualTo("cameras.geojson");
    });
  }

  @Test
  void decodesWithTheEncodingTheUserGivesAndDoesNotWarn() {
    ImportOptions gbk = new ImportOptions(null, Charset.forName("GBK"));

    RawLayer cameras = new GeoJsonReader().read("cameras.geojson", bytes("gbk_geojson/cameras.geojson"), "cameras", gbk).get(0);

    assertThat(cameras.features().get(0).text("site_id")).isEqualTo("碑西小学");
    assertThat(cameras.warnings()).isEmpty();
  }

  @Test
  void skipsAUtf8ByteOrderMark() {
    byte[] json = oneCamera("null");
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);

    List<RawLayer> layers = read("survey.geojson", withBom, null);

    assertThat(layers).singleElement().satisfies(l -> assertThat(l.warnings()).isEmpty());
  }

  // --- bad paths ---

  @Test
  void rejectsTextThatIsNotJson() {
    Rejection.of(() -> read("cameras.geojson", utf8("camera_id,heading\nC1,45\n"), "cameras"))
        .names("cameras.geojson", null, null, null)
        .because("not valid JSON at line 1, column");
  }

  @Test
  void rejectsJsonThatIsNotAnObject() {
    Rejection.of(() -> read("cameras.geojson", utf8("[1, 2, 3]"), "cameras"))
        .names("cameras.geojson", null, null, null)
        .because("not a GeoJSON object");
  }

  @Test
  void rejectsAnEmptyFile() {
    Rejection.of(() -> read("cameras.geojson", new byte[0], "cameras"))
        .names("cameras.geojson", null, null, null)
        .because("not a GeoJSON object");
  }

  @Test
  void readsABareGeometryAsOneRecordAsGdalDoes() {
    assertThat(read("cameras.geojson", json("{'type': 'Point', 'coordinates': [106.5, 29.5]}"), "cameras"))
        .singleElement().satisfies(l -> assertThat(l.features()).hasSize(1));
  }

  @Test
  void rejectsATypeThatIsNeitherFeatureNorGeometry() {
    Rejection.of(() -> read("cameras.geojson", json("{'type': 'Topology', 'objects': {}}"), "cameras"))
        .names("cameras.geojson", null, null, null)
        .because("expected a GeoJSON FeatureCollection, Feature or geometry, found type 'Topology'");
  }

  @Test
  void rejectsAFeatureCollectionWithoutAFeaturesArray() {
    Rejection.of(() -> read("cameras.geojson", json("{'type': 'FeatureCollection', 'features': {}}"), "cameras"))
        .names("cameras.geojson", null, null, null)
        .because("needs a 'features' array");
  }

  @Test
  void rejectsAMemberOfFeaturesThatIsNotAFeature() {
    byte[] content = json("{'type': 'FeatureCollection', 'features': [{'type': 'Point', 'coordinates': [1, 2]}]}");

    Rejection.of(() -> read("cameras.geojson", content, "cameras"))
        .names("cameras.geojson", "cameras", "#1", null)
        .because("not a GeoJSON Feature");
  }

  @Test
  void rejectsPropertiesThatAreNotAnObject() {
    byte[] content = json("{'type': 'Feature', 'properties': [1], 'geometry': null}");

    Rejection.of(() -> read("cameras.geojson", content, "cameras"))
        .names("cameras.geojson", "cameras", "#1", "properties")
        .because("must be a JSON object");
  }

  @Test
  void rejectsAFeatureThatDoesNotSayItsLayerInACombinedFile() {
    byte[] content = json("{'type': 'FeatureCollection', 'features': ["
        + "{'type': 'Feature', 'properties': {'layer': 'cameras', 'camera_id': 'C1'}, 'geometry': null},"
        + "{'type': 'Feature', 'properties': {'camera_id': 'C2'}, 'geometry': null}]}");

    Rejection.of(() -> read("survey.geojson", content, null))
        .names("survey.geojson", null, "#2", "layer")
        .because("does not say its layer", "'layer' property", "cameras.geojson");
  }

  @Test
  void rejectsAnUnknownLayer() {
    byte[] content = json("{'type': 'FeatureCollection', 'features': ["
        + "{'type': 'Feature', 'properties': {'layer': 'cameraz', 'camera_id': 'C1'}, 'geometry': null}]}");

    Rejection.of(() -> read("survey.geojson", content, null))
        .names("survey.geojson", null, "#1", "layer")
        .because("unknown layer 'cameraz'", "sites, cameras, zones, obstacles, access_log, checklist or evidence");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400", "-1e400"})
  void rejectsCoordinatesThatAreNotFinite(String value) {
    Rejection.of(() -> read("survey.geojson", oneCamera("{'type': 'Point', 'coordinates': [" + value + ", 29.5]}"), null))
        .names("survey.geojson", "cameras", "C1", "geometry")
        .because("not a finite number");
  }

  @Test
  void rejectsAGeometryWithoutCoordinates() {
    Rejection.of(() -> read("survey.geojson", oneCamera("{'type': 'Point'}"), null))
        .names("survey.geojson", "cameras", "C1", "geometry")
        .because("geometry of type 'Point' has no 'coordinates' array");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[106.5]", "['106.5', '29.5']", "[null, 29.5]"})
  void rejectsAPositionThatIsNotTwoNumbers(String position) {
    Rejection.of(() -> read("survey.geojson", oneCamera("{'type': 'Point', 'coordinates': " + position + "}"), null))
        .names("survey.geojson", "cameras", "C1", "geometry")
        .because("a position must be an array of at least two numbers");
  }

  @Test
  void rejectsAnUnclosedRing() {
    String polygon = "{'type': 'Polygon', 'coordinates': [[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.6]]]}";

    Rejection.of(() -> read("survey.geojson", oneZone(polygon), null))
        .names("survey.geojson", "zones", "Z1", "geometry")
        .because("a polygon ring is not closed: its first position 106.5, 29.5 differs from its last");
  }

  @Test
  void rejectsARingWithTooFewPositions() {
    String polygon = "{'type': 'Polygon', 'coordinates': [[[106.5, 29.5], [106.6, 29.5], [106.5, 29.5]]]}";

    Rejection.of(() -> read("survey.geojson", oneZone(polygon), null))
        .names("survey.geojson", "zones", "Z1", "geometry")
        .because("a polygon ring needs at least 4 positions, has 3");
  }

  @Test
  void rejectsAPolygonWithoutRings() {
    Rejection.of(() -> read("survey.geojson", oneZone("{'type': 'Polygon', 'coordinates': []}"), null))
        .names("survey.geojson", "zones", "Z1", "geometry")
        .because("a polygon needs at least one ring");
  }

  @Test
  void rejectsALineWithOnePosition() {
    Rejection.of(() -> read("survey.geojson", oneZone("{'type': 'LineString', 'coordinates': [[106.5, 29.5]]}"), null))
        .names("survey.geojson", "zones", "Z1", "geometry")
        .because("a line needs at least 2 positions, has 1");
  }

  @Test
  void rejectsAnUnknownGeometryType() {
    Rejection.of(() -> read("survey.geojson", oneCamera("{'type': 'Circle', 'coordinates': [106.5, 29.5]}"), null))
        .names("survey.geojson", "cameras", "C1", "geometry")
        .because("unknown geometry type 'Circle'");
  }

  @Test
  void rejectsACrsMemberThatNamesNoCrs() {
    byte[] content = json("{'type': 'FeatureCollection', 'crs': {'type': 'name'}, 'features': []}");

    Rejection.of(() -> read("survey.geojson", content, null))
        .names("survey.geojson", null, null, null)
        .because("the 'crs' member names no CRS");
  }

  @Test
  void rejectsACrsMemberThatNamesAnUnknownCrs() {
    byte[] content = json("{'type': 'FeatureCollection', 'crs': {'type': 'name', 'properties': {'name': 'EPSG:999999'}}, 'features': []}");

    Rejection.of(() -> read("survey.geojson", content, null))
        .names("survey.geojson", null, null, null)
        .because("the 'crs' member", "EPSG:999999");
  }

  @Test
  void rejectsJsonNestedBeyondAnyGeoJson() {
    Rejection.of(() -> read("survey.geojson", utf8("[".repeat(10_000)), null))
        .names("survey.geojson", null, null, null)
        .because("not valid JSON");
  }

  @Test
  void raisesTheEncodingWarningOnceForACombinedFile() {
    byte[] gbk = ("{\"type\": \"FeatureCollection\", \"features\": ["
            + "{\"type\": \"Feature\", \"properties\": {\"layer\": \"sites\", \"name\": \"碑西小学\"}, \"geometry\": null},"
            + "{\"type\": \"Feature\", \"properties\": {\"layer\": \"cameras\", \"camera_id\": \"南门\"}, \"geometry\": null}]}")
        .getBytes(Charset.forName("GBK"));

    List<RawLayer> layers = read("survey.geojson", gbk, null);

    assertThat(layers.get(0).warnings()).extracting(Finding::code).containsExactly(FindingCode.DATA_ENCODING_GUESSED);
    assertThat(layers.get(1).warnings()).isEmpty();
  }
}
