package org.camsurvey.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.geo.ChineseWebDatum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import options end to end: the sample rewritten as a municipal export would have it (Chinese
 * field names and values, web-map offsets, OSM tags) must give the sample's own findings back.
 */
class ImportOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of(SampleSurveys.sample("jiefangbei").toString());

  @ParameterizedTest
  @EnumSource(ChineseWebDatum.class)
  void coordinatesFromAChineseWebMapGiveTheSameFindings(ChineseWebDatum datum, @TempDir Path dir) throws IOException {
    for (String layer : List.of("sites", "cameras", "zones", "obstacles")) {
      ObjectNode collection = read(SAMPLE.resolve(layer + ".geojson"));
      for (JsonNode feature : collection.get("features")) {
        offset(feature.get("geometry").get("coordinates"), datum);
      }
      write(dir.resolve(layer + ".geojson"), collection);
    }

    Run offset = Cli.run("check", dir.toString(), "--datum", datum.code(), "--format", "json", "--lang", "en");
    JsonNode converted = firstVertex(Cli.run("fov", dir.toString(), "--datum", datum.code(), "-o", "-"));
    JsonNode asShown = firstVertex(Cli.run("fov", dir.toString(), "-o", "-"));
    JsonNode truth = firstVertex(Cli.run("fov", SAMPLE.toString(), "-o", "-"));

    assertThat(offset.exitCode()).as(offset.toString()).isEqualTo(1);
    assertThat(findings(offset)).isEqualTo(findings(sampleRun()));
    assertThat(converted.get(0).asDouble()).isCloseTo(truth.get(0).asDouble(), within(1e-8));
    assertThat(converted.get(1).asDouble()).isCloseTo(truth.get(1).asDouble(), within(1e-8));
    assertThat(Math.abs(asShown.get(0).asDouble() - truth.get(0).asDouble()))
        .as("without --datum the scene stays where the web map shows it").isGreaterThan(1e-3);
  }

  @Test
  void chineseFieldNamesAndValuesThroughAMappingFileGiveTheSameFindings(@TempDir Path dir) throws IOException {
    Map<String, String> names = Map.of("camera_id", "摄像机编号", "heading", "方向角", "hfov", "视角",
        "range_m", "可视距离", "cam_type", "类型", "signage", "标识");
    Map<String, String> types = Map.of("fixed", "枪机", "ptz", "云台", "dome", "半球", "fisheye", "鱼眼");
    ObjectNode cameras = read(SAMPLE.resolve("cameras.geojson"));
    for (JsonNode feature : cameras.get("features")) {
      ObjectNode properties = (ObjectNode) feature.get("properties");
      ObjectNode renamed = JSON.createObjectNode();
      properties.fields().forEachRemaining(e -> {
        JsonNode value = e.getValue();
        if (e.getKey().equals("cam_type") && value.isTextual()) {
          value = JSON.getNodeFactory().textNode(types.get(value.asText()));
        }
        if (e.getKey().equals("signage") && value.isTextual()) {
          value = JSON.getNodeFactory().textNode(value.asText().equals("yes") ? "有" : "无");
        }
        renamed.set(names.getOrDefault(e.getKey(), e.getKey()), value);
      });
      ((ObjectNode) feature).set("properties", renamed);
    }
    write(dir.resolve("cameras.geojson"), cameras);
    Files.copy(SAMPLE.resolve("zones.geojson"), dir.resolve("zones.geojson"));
    Files.copy(SAMPLE.resolve("sites.geojson"), dir.resolve("sites.geojson"));
    Files.copy(SAMPLE.resolve("obstacles.geojson"), dir.resolve("obstacles.geojson"));
    Path mapping = dir.resolve("export.map");
    Files.writeString(mapping, """
        # a district bureau's export
        摄像机编号=camera_id
        方向角=heading
        视角=hfov
        可视距离=range_m
        类型=cam_type
        标识=signage
        cam_type.枪机=fixed
        cam_type.云台=ptz
        cam_type.半球=dome
        cam_type.鱼眼=fisheye
        signage.有=yes
        signage.无=no
        """, StandardCharsets.UTF_8);

    Run mapped = Cli.run("check", dir.toString(), "--map", mapping.toString(), "--format", "json", "--lang", "en");
    Run unmapped = Cli.run("check", dir.toString(), "--format", "json", "--lang", "en");

    assertThat(mapped.exitCode()).as(mapped.toString()).isEqualTo(1);
    assertThat(findings(mapped)).isEqualTo(findings(sampleRun()));
    assertThat(unmapped.exitCode()).as("camera_id is missing without the mapping").isEqualTo(3);
    assertThat(unmapped.err()).contains("cameras.geojson", "camera_id");
  }

  @Test
  void openStreetMapCamerasWithDefaultsForWhatOsmLacks(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("osm-export.geojson"), """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "node/101",
           "properties": {"@id": "node/101", "man_made": "surveillance", "surveillance:type": "camera",
                          "camera:type": "panning", "camera:direction": "NE", "camera:angle": "15", "height": "4"},
           "geometry": {"type": "Point", "coordinates": [106.577, 29.5575]}},
          {"type": "Feature", "id": "node/102",
           "properties": {"@id": "node/102", "man_made": "surveillance", "camera:type": "fixed",
                          "camera:direction": "200"},
           "geometry": {"type": "Point", "coordinates": [106.5772, 29.5577]}}
        ]}
        """, StandardCharsets.UTF_8);

    Run run = Cli.run("fov", dir.resolve("osm-export.geojson").toString(), "-o", "-", "--map", "osm",
        "--default-hfov", "90", "--default-range", "30");
    Run missing = Cli.run("fov", dir.resolve("osm-export.geojson").toString(), "-o", "-", "--map", "osm");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode fov = JSON.readTree(run.out());
    assertThat(fov.get("features")).hasSize(2);
    JsonNode first = fov.get("features").get(0).get("properties");
    assertThat(first.get("camera_id").asText()).isEqualTo("node/101");
    assertThat(first.get("heading").asDouble()).isEqualTo(45.0);
    assertThat(first.get("hfov").asDouble()).isEqualTo(90.0);
    assertThat(first.get("range_m").asDouble()).isEqualTo(30.0);
    assertThat(fov.get("features").get(1).get("properties").get("heading").asDouble()).isEqualTo(200.0);
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("osm-export.geojson", "layer 'cameras'", "'hfov'", "--default-hfov");
  }

  @Test
  void osmDefaultsAreReportedAndPtzIsFlagged(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("cameras.geojson"), """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"@id": "node/7", "camera:type": "panning", "camera:direction": "S"},
           "geometry": {"type": "Point", "coordinates": [106.577, 29.5575]}}
        ]}
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("zones.geojson"), """
        {"type": "FeatureCollection", "features": []}
        """, StandardCharsets.UTF_8);

    Run run = Cli.run("check", dir.toString(), "--map", "osm", "--default-hfov", "60", "--default-range", "25",
        "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> codes = new ArrayList<>();
    JSON.readTree(run.out()).get("findings").forEach(f -> codes.add(f.get("code").asText() + " " + f.path("camera_id").asText()
        + " " + f.path("fields").asText()));
    assertThat(codes).contains("ART10_NOT_FIXED node/7 ", "DATA_DEFAULTED node/7 hfov, range_m");
  }

  @Test
  void aDefaultForAFieldThatTakesNoneIsAUsageError() {
    Run run = Cli.run("check", SAMPLE.toString(), "--default", "camera_id=3");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--default camera_id", "only camera numbers take defaults");
  }

  @Test
  void anUnknownDatumIsAUsageError() {
    Run run = Cli.run("check", SAMPLE.toString(), "--datum", "wgs72");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'wgs72' is not gcj02 or bd09");
  }

  /** The camera's own vertex of the first field of view written by fov. */
  private static JsonNode firstVertex(Run fov) throws IOException {
    assertThat(fov.exitCode()).as(fov.toString()).isZero();
    return JSON.readTree(fov.out()).get("features").get(0).get("geometry").get("coordinates").get(0).get(0);
  }

  /** The sample's map layers checked: the surveys these tests make from them have no access log or checklist. */
  private static Run sampleRun() throws IOException {
    Path dir = Files.createTempDirectory("sample-map");
    try {
      return Cli.run("check", SampleSurveys.mapLayers("jiefangbei", dir).toString(), "--format", "json", "--lang", "en");
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Code, site, camera and zone of each finding, with coverage to the tenth of a percent. */
  private static List<String> findings(Run run) throws IOException {
    List<String> rows = new ArrayList<>();
    for (JsonNode f : JSON.readTree(run.out()).get("findings")) {
      rows.add(String.join(" ", f.get("code").asText(), f.path("site_id").asText(), f.path("camera_id").asText(),
          f.path("zone_id").asText(), f.has("coverage") ? String.format("%.3f", f.get("coverage").asDouble()) : ""));
    }
    return rows;
  }

  private static void offset(JsonNode coordinates, ChineseWebDatum datum) {
    if (coordinates.get(0).isNumber()) {
      double[] shown = datum.fromWgs84(coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
      ((ArrayNode) coordinates).set(0, JSON.getNodeFactory().numberNode(shown[0]));
      ((ArrayNode) coordinates).set(1, JSON.getNodeFactory().numberNode(shown[1]));
      return;
    }
    coordinates.forEach(c -> offset(c, datum));
  }

  private static ObjectNode read(Path file) throws IOException {
    return (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void write(Path file, JsonNode node) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
  }
}
