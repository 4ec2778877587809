package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.ShapefileWriter;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey check} on the sample as shapefiles: a folder, a zip of the folder, and broken ones. */
class ShapefileSurveyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path scratch;
  private Path folder;

  @BeforeEach
  void writeTheSampleAsShapefiles() throws IOException {
    folder = Files.createDirectory(scratch.resolve("jiefangbei"));
    for (OutputLayer layer : SurveyLayers.of(SurveyReader.read(Path.of(Cli.sample("jiefangbei")), ImportOptions.defaults()))) {
      ShapefileWriter.write(layer, folder, false);
    }
  }

  private List<String> findings(String... args) throws IOException {
    Run run = Cli.run(args);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    return CheckCommandTest.rows(JSON.readTree(run.out()));
  }

  @Test
  void aZippedShapefileFolderChecksAsTheSample() throws IOException {
    Path zip = scratch.resolve("jiefangbei.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
        Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        z.putNextEntry(new ZipEntry("jiefangbei/" + f.getFileName()));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
    }

    List<String> expected = findings("check", Cli.sample("jiefangbei"), "--format", "json");
    assertThat(findings("check", folder.toString(), "--format", "json")).containsExactlyElementsOf(expected);
    assertThat(findings("check", zip.toString(), "--format", "json")).containsExactlyElementsOf(expected);
  }

  @Test
  void withoutPrjTheCheckAsksForCrsAndTakesIt() throws IOException {
    for (String layer : List.of("cameras", "zones", "sites", "obstacles")) {
      Files.delete(folder.resolve(layer + ".prj"));
    }

    Run run = Cli.run("check", folder.toString(), "--lang", "en");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("cameras.shp", "layer 'cameras'", "--crs").doesNotContain("\tat ");

    assertThat(findings("check", folder.toString(), "--crs", "EPSG:4326", "--format", "json"))
        .containsExactlyElementsOf(findings("check", Cli.sample("jiefangbei"), "--format", "json"));
  }

  @Test
  void aBrokenIndexIsAnInputError() throws IOException {
    byte[] shx = Files.readAllBytes(folder.resolve("zones.shx"));
    shx[100 + 8 * 3 + 7] ^= 0x10;
    Files.write(folder.resolve("zones.shx"), shx);

    Run run = Cli.run("check", folder.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("zones.shx", "record #4", "delete the .shx").doesNotContain("\tat ");
  }
}
