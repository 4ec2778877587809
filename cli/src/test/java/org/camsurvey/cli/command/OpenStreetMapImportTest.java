package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.cli.GeoPackages.query;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --map osm} on the real Swiss export (../shared/testdata/osm-switzerland): odd tags
 * are warnings, never a refusal of the whole import, unless {@code --strict} is given.
 */
class OpenStreetMapImportTest {
  private static String export() {
    Path file = SampleSurveys.repositoryRoot().resolve("../shared/testdata/osm-switzerland/ch_surveillance.geojson").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file), "the third-party test data is not at " + file);
    return file.toString();
  }

  @Test
  void everyNodeIsImportedWithWarningsForTheTagsThatNeededThem(@TempDir Path dir) {
    Path out = dir.resolve("osm.gpkg");

    Run run = Cli.run("import", export(), "--map", "osm", "--default-hfov", "90", "--default-range", "30",
        "--default", "heading=0", "--lang", "en", "-o", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.out() + run.err()).contains("2,147 cameras")
        .contains("tag camera:direction=190-100 is a range of directions")
        .contains("tag camera:angle=360 cannot be read as tilt");
    assertThat(query(out, "SELECT heading FROM cameras WHERE camera_id = 'node/7176707339-2'")).containsExactly("160.0");
  }

  @Test
  void strictRefusesTheDefaultsTheTagsNeed(@TempDir Path dir) {
    Run run = Cli.run("import", export(), "--map", "osm", "--default-hfov", "90", "--default-range", "30",
        "--default", "heading=0", "--strict", "-o", dir.resolve("osm.gpkg").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("--strict");
    assertThat(dir.resolve("osm.gpkg")).doesNotExist();
  }
}
