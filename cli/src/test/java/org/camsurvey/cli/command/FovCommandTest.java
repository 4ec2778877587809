package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey fov SURVEY -o OUT}: the fields of view as GeoJSON, written whole or not at all. */
class FovCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  @Test
  void onePolygonPerCamera(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.geojson");

    Run run = Cli.run("fov", SAMPLE, "-o", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    JsonNode doc = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = doc.get("features");
    assertThat(features).hasSize(25);
    List<String> ids = new ArrayList<>();
    for (JsonNode f : features) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      JsonNode geometry = f.get("geometry");
      assertThat(geometry.get("type").asText()).isEqualTo("Polygon");
      assertThat(geometry.get("coordinates")).hasSize(1);
      JsonNode ring = geometry.get("coordinates").get(0);
      assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
      double signedArea = 0;
      for (int i = 0; i + 1 < ring.size(); i++) {
        JsonNode a = ring.get(i);
        JsonNode b = ring.get(i + 1);
        assertThat(a.get(0).asDouble()).as("longitude first").isBetween(106.57, 106.58);
        assertThat(a.get(1).asDouble()).as("latitude second").isBetween(29.55, 29.56);
        signedArea += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
      }
      assertThat(signedArea).as("exterior ring anticlockwise").isPositive();
      ids.add(f.get("properties").get("camera_id").asText());
    }
    assertThat(ids).containsExactly("ST-01", "ST-02", "ST-03", "ST-04", "ST-05", "ST-06", "ST-07", "ST-08", "W-01",
        "B-01", "B-02", "B-03", "B-04", "M-01", "M-02", "M-03", "H-01", "H-02", "H-03", "H-04", "SC-01", "SC-02", "SC-03",
        "H3-01", "H3-02");
    assertThat(names(dir)).containsExactly("out.geojson");
  }

  @Test
  void refusesToOverwriteWithoutForce(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.geojson");
    Files.writeString(out, "keep me", StandardCharsets.UTF_8);
    FileTime before = Files.getLastModifiedTime(out);

    Run refused = Cli.run("fov", SAMPLE, "-o", out.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("camsurvey: " + out + ": exists; give --force to replace it" + System.lineSeparator());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("keep me");
    assertThat(Files.getLastModifiedTime(out)).isEqualTo(before);
    assertThat(names(dir)).containsExactly("out.geojson");

    Run forced = Cli.run("fov", SAMPLE, "-o", out.toString(), "--force");

    assertThat(forced.exitCode()).isZero();
    assertThat(JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("features")).hasSize(25);
    assertThat(names(dir)).containsExactly("out.geojson");
  }

  @Test
  void badInputLeavesNoFile(@TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("s"), null, SurveyFiles.camera("C7", ", \"hfov\": 0"));
    Path out = dir.resolve("out.geojson");

    Run run = Cli.run("fov", survey.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("layer 'cameras', record C7, field 'hfov'").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
    assertThat(names(dir)).containsExactly("s");
  }

  @Test
  void aSurveyWithoutZonesHasFieldsOfViewAllTheSame(@TempDir Path dir) throws IOException {
    Path survey = SurveyFiles.write(dir.resolve("s"), null, SurveyFiles.camera("C1", ""), SurveyFiles.camera("C2", ", \"hfov\": 360"));

    Run run = Cli.run("fov", survey.toString(), "-o", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).get("features")).hasSize(2);
  }

  @Test
  void aQualityShortensTheViews() throws IOException {
    JsonNode all = JSON.readTree(Cli.run("fov", SAMPLE, "-o", "-").out()).get("features");
    JsonNode identify = JSON.readTree(Cli.run("fov", SAMPLE, "-o", "-", "--quality", "identify").out()).get("features");

    // ST-01: 3840 px over 80° identifies to 3840 / (2 · 250 · tan 40°) = 9.15 m of its 40 m
    assertThat(all.get(0).get("properties").get("range_m").asDouble()).isEqualTo(40.0);
    assertThat(identify.get(0).get("properties").get("range_m").asDouble()).isEqualTo(9.15);
    assertThat(identify.get(0).get("properties").get("quality").asText()).isEqualTo("identify");
  }

  @Test
  void onlyGeoJsonAndKmlAreWritten(@TempDir Path dir) {
    Run run = Cli.run("fov", SAMPLE, "-o", dir.resolve("out.shp").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("name the file *.geojson, *.gpkg, *.kml or *.kmz");
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void kmlForGoogleEarth(@TempDir Path dir) throws IOException {
    Path kml = dir.resolve("fov.kml");
    Path kmz = dir.resolve("fov.KMZ");

    Run plain = Cli.run("fov", SAMPLE, "-o", kml.toString());
    Run zipped = Cli.run("fov", SAMPLE, "-o", kmz.toString(), "--quality", "identify");

    assertThat(plain.exitCode()).as(plain.toString()).isZero();
    assertThat(plain.out()).isEmpty();
    String text = Files.readString(kml, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml").contains("<name>H-03</name>").contains("<styleUrl>#fov</styleUrl>");
    assertThat(text.split("<Placemark>", -1)).hasSize(26);
    assertThat(zipped.exitCode()).as(zipped.toString()).isZero();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(kmz.toFile())) {
      String doc = new String(zip.getInputStream(zip.getEntry("doc.kml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(doc).contains("<Data name=\"quality\"><value>identify</value></Data>");
    }
    assertThat(names(dir)).containsExactly("fov.KMZ", "fov.kml");
  }

  @Test
  void aKmlThatExistsIsKeptWithoutForce(@TempDir Path dir) throws IOException {
    Path kml = dir.resolve("fov.kml");
    Files.writeString(kml, "keep me", StandardCharsets.UTF_8);

    Run run = Cli.run("fov", SAMPLE, "-o", kml.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(kml, StandardCharsets.UTF_8)).isEqualTo("keep me");
    assertThat(names(dir)).containsExactly("fov.kml");
  }

  @Test
  void neverWritesIntoItsInput(@TempDir Path dir) throws IOException {
    Path survey = SurveyFiles.clean(dir.resolve("s"));

    Run run = Cli.run("fov", survey.toString(), "-o", survey.resolve("fov.geojson").toString());
    Run overInput = Cli.run("fov", survey.resolve("cameras.geojson").toString(), "-o",
        survey.resolve("cameras.geojson").toString(), "--force");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the output would overwrite the input");
    assertThat(overInput.exitCode()).isEqualTo(2);
    assertThat(names(survey)).containsExactly("cameras.geojson", "zones.geojson");
  }

  @Test
  void theOutputIsRequired() {
    Run run = Cli.run("fov", SAMPLE);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--output=OUT'");
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
