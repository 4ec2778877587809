package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.ShapefileWriter;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample as Chinese exports come: shapefiles GDAL reprojected into Xi'an 1980 and Beijing 1954
 * Gauss-Krüger zones ({@code ogr2ogr -t_srs EPSG:2380}, {@code EPSG:2433}). A datum with a shift is
 * shifted and the import says by what; one without is refused, naming it, unless {@code
 * --towgs84} gives a shift or {@code --accept-datum} takes the risk with a warning on every output.
 */
class DatumCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path scratch;

  /** The sample's map layers as shapefiles in the CRS given, as ogr2ogr reprojects them. */
  private Path sampleIn(int epsg) throws IOException, InterruptedException {
    assumeTrue(onPath("ogr2ogr"), "GDAL's ogr2ogr is not installed");
    Path wgs84 = Files.createDirectories(scratch.resolve("wgs84"));
    Path map = Path.of(Cli.sampleMap("jiefangbei", Files.createDirectories(scratch.resolve("map"))));
    for (OutputLayer layer : SurveyLayers.of(SurveyReader.read(map, ImportOptions.defaults()))) {
      ShapefileWriter.write(layer, wgs84, true);
    }
    Path out = Files.createDirectories(scratch.resolve("epsg" + epsg));
    try (Stream<Path> files = Files.list(wgs84)) {
      for (Path shp : files.filter(f -> f.toString().endsWith(".shp")).sorted().toList()) {
        Process p = new ProcessBuilder("ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:" + epsg,
            out.resolve(shp.getFileName()).toString(), shp.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
      }
    }
    return out;
  }

  @Test
  void xian1980IsRefusedNamingTheDatum() throws Exception {
    Path xian = sampleIn(2380);

    Run run = Cli.run("check", xian.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("cameras.shp", "Xian 1980", "--towgs84", "--accept-datum").doesNotContain("Exception");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void acceptingTheDatumChecksAsTheSampleWithAWarningOnEveryOutput() throws Exception {
    Path xian = sampleIn(2380);

    Run run = Cli.run("check", xian.toString(), "--accept-datum", "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> unshifted = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (JsonNode finding : JSON.readTree(run.out()).get("findings")) {
      (finding.get("code").asText().equals("DATA_DATUM_UNSHIFTED") ? unshifted : others)
          .add(finding.get("code").asText() + " " + finding.path("camera_id").asText() + " " + finding.path("zone_id").asText());
      if (finding.get("code").asText().equals("DATA_DATUM_UNSHIFTED")) {
        assertThat(finding.get("message").asText()).contains("Xian 1980", "--towgs84");
      }
    }
    // GDAL shifts Xi'an 1980 by nothing (PROJ has no transformation), so unshifted, the sample is where it was
    Run sample = Cli.run("check", Cli.sampleMap("jiefangbei", Files.createDirectories(scratch.resolve("expected"))),
        "--format", "json", "--lang", "en");
    List<String> expected = new ArrayList<>();
    for (JsonNode finding : JSON.readTree(sample.out()).get("findings")) {
      expected.add(finding.get("code").asText() + " " + finding.path("camera_id").asText() + " " + finding.path("zone_id").asText());
    }
    assertThat(others).containsExactlyElementsOf(expected);
    assertThat(unshifted).as("one a layer").hasSize(4);

    Path report = scratch.resolve("report.pdf");
    Run inspect = Cli.run("inspect", xian.toString(), "--accept-datum", "-o", report.toString(), "--inspector", "张伟:50010012345",
        "--inspector", "李娜:50010012346", "--lang", "en", "--date", "2024-03-12");
    assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
    assumeTrue(onPath("pdftotext"), "poppler-utils are not installed");
    Process p = new ProcessBuilder("pdftotext", report.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(text).isZero();
    assertThat(text.replaceAll("\\s+", " ")).contains("Xian 1980");
  }

  @Test
  void aShiftGivenOnTheCommandLineIsApplied() throws Exception {
    Path xian = sampleIn(2380);
    Path out = scratch.resolve("shifted.gpkg");

    Run run = Cli.run("import", xian.toString(), "-o", out.toString(), "--towgs84", "24,-123,-94", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain("DATA_DATUM_UNSHIFTED", "unshifted");
    Run bad = Cli.run("check", xian.toString(), "--towgs84", "24,-123");
    assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(2);
    assertThat(bad.err()).contains("--towgs84", "3", "7");
  }

  @Test
  void beijing1954IsShiftedAndTheImportSaysByWhat() throws Exception {
    Path beijing = sampleIn(2433);
    Path out = scratch.resolve("beijing.gpkg");

    Run run = Cli.run("import", beijing.toString(), "-o", out.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("cameras.shp (cameras): datum Beijing 1954 shifted to WGS 84 by +towgs84=15.8,-154.4,-82.3;"
        + " EPSG:15936's +towgs84=11.911,-154.833,-80.079 within 35–39°N 107–110.01°E");
    Run json = Cli.run("import", beijing.toString(), "-o", scratch.resolve("again.gpkg").toString(), "--format", "json");
    assertThat(JSON.readTree(json.out()).at("/inputs/0/datum_shifts").toString()).contains("Beijing 1954 +towgs84=15.8");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
