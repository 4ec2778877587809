package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample as a district bureau would deliver it (made by GDAL: Shapefiles in CGCS2000
 * Gauss-Krüger CM 108E, GBK attributes, Chinese file, field and value names), read with a mapping
 * file, gives the same findings as the sample in GeoJSON.
 */
class MunicipalExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aGbkShapefileExportInGaussKrugerWithAMappingFileGivesTheSamplesFindings(@TempDir Path dir) throws IOException {
    String export = SampleSurveys.repositoryRoot().resolve("cli/src/test/resources/municipal-export/shp").toString();
    String mapping = SampleSurveys.repositoryRoot().resolve("cli/src/test/resources/municipal-export/export.map").toString();

    Run municipal = Cli.run("check", export, "--map", mapping, "--format", "json", "--lang", "en");
    Run sample = Cli.run("check", SampleSurveys.mapLayers("jiefangbei", dir).toString(), "--format", "json", "--lang", "en");
    Run unmapped = Cli.run("check", export, "--format", "json");

    assertThat(municipal.exitCode()).as(municipal.toString()).isEqualTo(1);
    assertThat(rows(municipal)).isEqualTo(rows(sample));
    assertThat(JSON.readTree(municipal.out()).get("summary")).isEqualTo(JSON.readTree(sample.out()).get("summary"));
    assertThat(JSON.readTree(municipal.out()).get("summary").get("cameras").asInt()).isEqualTo(25);
    assertThat(unmapped.exitCode()).as("without the mapping the folder holds no survey layers").isEqualTo(3);
  }

  /** Each finding's code, ids and main figures, to a precision the reprojection cannot shift. */
  private static List<String> rows(Run run) throws IOException {
    List<String> rows = new ArrayList<>();
    for (JsonNode f : JSON.readTree(run.out()).get("findings")) {
      rows.add(String.join(" ", f.get("code").asText(), f.path("site_id").asText(), f.path("camera_id").asText(),
          f.path("zone_id").asText(), f.path("zone_site_id").asText(),
          f.has("coverage") ? String.format(Locale.ROOT, "%.2f", f.get("coverage").asDouble()) : "",
          f.has("overlap_m2") ? String.format(Locale.ROOT, "%.1f", f.get("overlap_m2").asDouble()) : "",
          f.path("fields").asText()));
    }
    return rows;
  }
}
