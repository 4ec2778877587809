package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.read.Fixtures.bytes;
import static org.camsurvey.read.Fixtures.utf8;
import static org.camsurvey.survey.RawLayers.DEFAULTS;
import static org.camsurvey.survey.RawLayers.STATUTE;
import static org.camsurvey.survey.RawLayers.TENTH_MM_DEGREES;
import static org.camsurvey.survey.RawLayers.assemble;
import static org.camsurvey.survey.RawLayers.cameraWith;
import static org.camsurvey.survey.RawLayers.csv;
import static org.camsurvey.survey.RawLayers.lonLatOf;
import static org.camsurvey.survey.RawLayers.table;
import static org.camsurvey.survey.RawLayers.validCamera;
import static org.camsurvey.survey.RawLayers.zones;

import java.util.List;
import java.util.Map;
import org.camsurvey.fixture.CpuClock;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Survey;
import org.camsurvey.read.CsvReader;
import org.camsurvey.read.GeoJsonReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coordinates read in their CRS, turned into WGS 84 and into the survey's one local frame; those
 * no CRS or frame can hold refused with the option that would help.
 */
class ReprojectionTest {
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
}
