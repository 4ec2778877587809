package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every surveillance node of Switzerland as OpenStreetMap has it (../shared/testdata/osm-switzerland),
 * in overpass-turbo's layout and in GDAL's (tags in other_tags), read with {@code --map osm}.
 */
class OpenStreetMapExportTest {
  private static final int NODES = 2144;
  /** 90;160;270 gives two cameras more, 180, 270 one. */
  private static final int CAMERAS = NODES + 3;

  private static ImportOptions osm() {
    return new ImportOptions(null, null, FieldMapping.load("osm"), null,
        Map.of("hfov", 90.0, "range_m", 30.0, "heading", 0.0));
  }

  private static Path overpass() {
    return Gdal.testdata("osm-switzerland").resolve("ch_surveillance.geojson");
  }

  private static Path gdalLayout(Path folder) {
    Gdal.ogr2ogr(folder, "-f", "GeoJSON", "ch_surveillance.geojson",
        Gdal.testdata("osm-switzerland").resolve("ch_surveillance.osm").toString(), "points");
    return folder.resolve("ch_surveillance.geojson");
  }

  /** Heading by node id (the digits of node/123 or 123, with a list's suffix). */
  private static Map<String, Double> headings(Survey survey) {
    Map<String, Double> headings = new TreeMap<>();
    for (Camera c : survey.cameras()) {
      headings.put(c.cameraId().replace("node/", ""), c.headingDegrees());
    }
    return headings;
  }

  private static Map<String, Double> tilts(Survey survey) {
    Map<String, Double> tilts = new TreeMap<>();
    for (Camera c : survey.cameras()) {
      tilts.put(c.cameraId().replace("node/", ""), c.tiltDegrees());
    }
    return tilts;
  }

  @Test
  void theOverpassTurboLayoutReadsEveryNodeAndOsmsOwnLayerTagIsNoSurveyLayer() {
    Survey survey = SurveyReader.read(overpass(), osm());

    assertThat(survey.cameras()).hasSize(CAMERAS);
    Map<String, Double> headings = headings(survey);
    assertThat(headings).containsEntry("4353583563", 325.0) // 190-100: the middle of the clockwise arc
        .containsEntry("7176707339-1", 90.0).containsEntry("7176707339-2", 160.0).containsEntry("7176707339-3", 270.0)
        .containsEntry("4590454439-1", 180.0).containsEntry("4590454439-2", 270.0);
    assertThat(headings.values()).allMatch(h -> h >= 0 && h < 360);
  }

  @Test
  void gdalsLayoutReadsTheSameCamerasWithTheSameDirectionsAndTilts(@TempDir Path dir) {
    Survey overpass = SurveyReader.read(overpass(), osm());
    Survey gdal = SurveyReader.read(gdalLayout(dir), osm());

    assertThat(gdal.cameras()).hasSize(CAMERAS);
    assertThat(headings(gdal)).isEqualTo(headings(overpass));
    assertThat(tilts(gdal)).isEqualTo(tilts(overpass));
    assertThat(headings(gdal).values().stream().filter(h -> h != 0)).as("directions given, not 0").hasSize(470);
    assertThat(codes(gdal)).isEqualTo(codes(overpass));
  }

  @Test
  void oddTagsAreDefaultedWithAWarningNamingTagAndValue() {
    Survey survey = SurveyReader.read(overpass(), osm());

    Map<String, Long> codes = codes(survey);
    assertThat(codes).containsEntry("DATA_DIRECTION_RANGE", 1L).containsEntry("DATA_DIRECTION_LIST", 2L)
        // camera:angle 360 ×3, 180 ×3, 120; camera:type 360 ×3, webcam, public, dome;fixed
        .containsEntry("DATA_TAG_DEFAULTED", 13L);
    Finding angle = survey.importWarnings().stream()
        .filter(f -> f.code() == FindingCode.DATA_TAG_DEFAULTED && "360".equals(f.figures().get("value"))
            && "camera:angle".equals(f.figures().get("tag")))
        .findFirst().orElseThrow();
    assertThat(angle.figures()).containsEntry("field", "tilt");
    assertThat(angle.source().file()).endsWith("ch_surveillance.geojson");
  }

  @Test
  void compassPointsWordsAndNegativeDegreesAreDirections() {
    CrowdMappedTags tags = new CrowdMappedTags(FieldMapping.load("osm").values("heading"));

    assertThat(tags.degrees("NW")).contains(315.0);
    assertThat(tags.degrees("north")).contains(0.0);
    assertThat(tags.degrees("-100")).contains(260.0);
    assertThat(tags.degrees("720")).contains(0.0);
    assertThat(tags.degrees("15°")).contains(15.0);
    assertThat(tags.degrees("up")).isEmpty();
    assertThat(tags.degrees("NaN")).isEmpty();
  }

  @Test
  void anUnreadableDirectionIsLeftToTheDefaultNotARefusal(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("osm.geojson");
    Files.writeString(file, """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"@id":"node/1","camera:direction":"towards the door","layer":"-1"},
         "geometry":{"type":"Point","coordinates":[8.5,47.4]}}]}""");

    Survey survey = SurveyReader.read(file, osm());

    assertThat(survey.cameras()).singleElement().extracting(Camera::headingDegrees).isEqualTo(0.0);
    assertThat(survey.importWarnings()).anyMatch(f -> f.code() == FindingCode.DATA_TAG_DEFAULTED
        && f.figures().get("tag").equals("camera:direction") && f.figures().get("value").equals("towards the door"));
  }

  @Test
  void withoutTheDefaultAnUnreadableDirectionIsRefusedNamingTheRecord(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("osm.geojson");
    Files.writeString(file, """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"@id":"node/1","camera:direction":"towards the door"},
         "geometry":{"type":"Point","coordinates":[8.5,47.4]}}]}""");
    ImportOptions noHeading = new ImportOptions(null, null, FieldMapping.load("osm"), null,
        Map.of("hfov", 90.0, "range_m", 30.0));

    assertThatThrownBy(() -> SurveyReader.read(file, noHeading)).isInstanceOf(InputException.class)
        .hasMessageContaining("node/1").hasMessageContaining("heading");
  }

  private static Map<String, Long> codes(Survey survey) {
    Map<String, Long> codes = new TreeMap<>();
    survey.importWarnings().forEach(f -> codes.merge(f.code().name(), 1L, Long::sum));
    return codes;
  }
}
