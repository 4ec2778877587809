package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey synth}: a city every other command reads, the same for the same options. */
class SynthCommandTest {
  @Test
  void writesACityThatCheckFindsSeveralKindsOfProblemIn(@TempDir Path dir) throws IOException {
    Path city = dir.resolve("city.gpkg");

    Run run = Cli.run("synth", "--cameras", "1500", "--seed", "11", "--districts", "3", "-o", city.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Wrote city.gpkg (EPSG:4545, seed 11)\n3 districts, ")
        .contains(" 1500 cameras, ");
    assertThat(names(dir)).containsExactly("city.gpkg");

    Run check = Cli.run("check", city.toString(), "--format", "json");

    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    JsonNode document = new ObjectMapper().readTree(check.out());
    assertThat(document.at("/summary/cameras").asInt()).isEqualTo(1500);
    Set<String> codes = new HashSet<>();
    document.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    assertThat(codes).contains("ART8_UNCOVERED", "ART9_FORBIDDEN_VIEW", "ART10_NO_SIGNAGE", "ART15_NOT_FILED",
        "ART19_SHORT_RETENTION");
  }

  @Test
  void writesOneGeoPackagePerDistrictAndReplacesThemOnlyWhenForced(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("export");
    String[] args = {"synth", "--cameras", "300", "--districts", "2", "--out-dir", out.toString()};

    Run run = Cli.run(args);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Wrote 2 GeoPackages in " + out);
    assertThat(names(out)).containsExactly("500103-yuzhong.gpkg", "500105-jiangbei.gpkg");
    byte[] before = Files.readAllBytes(out.resolve("500103-yuzhong.gpkg"));

    Run again = Cli.run(args);

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("500103-yuzhong.gpkg: exists; give --force to replace it");

    Run forced = Cli.run(Stream.concat(Stream.of(args), Stream.of("--force")).toArray(String[]::new));

    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(Files.readAllBytes(out.resolve("500103-yuzhong.gpkg"))).isEqualTo(before);
  }

  @Test
  void writesADenseCityWhenAskedAndTheSparseOneByDefault(@TempDir Path dir) throws IOException {
    String[] common = {"synth", "--cameras", "400", "--districts", "2"};
    Run dense = Cli.run(Stream.concat(Stream.of(common), Stream.of("--profile", "dense", "-o",
        dir.resolve("dense.gpkg").toString())).toArray(String[]::new));
    Run sparse = Cli.run(Stream.concat(Stream.of(common), Stream.of("--profile", "SPARSE", "-o",
        dir.resolve("sparse.gpkg").toString())).toArray(String[]::new));
    Run plain = Cli.run(Stream.concat(Stream.of(common), Stream.of("-o", dir.resolve("plain.gpkg").toString()))
        .toArray(String[]::new));

    assertThat(dense.exitCode()).as(dense.toString()).isZero();
    assertThat(dense.out()).startsWith("Wrote dense.gpkg (EPSG:4545, seed 1, dense)\n2 districts, ");
    assertThat(sparse.exitCode()).as(sparse.toString()).isZero();
    assertThat(plain.out()).startsWith("Wrote plain.gpkg (EPSG:4545, seed 1)\n");
    assertThat(Files.readAllBytes(dir.resolve("sparse.gpkg"))).isEqualTo(Files.readAllBytes(dir.resolve("plain.gpkg")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("dense.gpkg")));
  }

  @Test
  void refusesWhatItCannotMake(@TempDir Path dir) throws IOException {
    String city = dir.resolve("city.gpkg").toString();
    for (List<String> args : List.of(
        List.of("synth", "--cameras", "10", "--zones-per-camera", "3", "-o", city),
        List.of("synth", "--cameras", "0", "-o", city),
        List.of("synth", "--cameras", "10", "--districts", "27", "-o", city),
        List.of("synth", "--cameras", "10", "--profile", "crowded", "-o", city),
        List.of("synth", "--cameras", "10", "-o", dir.resolve("city.geojson").toString()),
        List.of("synth", "--cameras", "10", "-o", city, "--out-dir", dir.toString()),
        List.of("synth", "--cameras", "10"))) {
      Run run = Cli.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args + "\n" + run).isEqualTo(2);
    }
    assertThat(names(dir)).isEmpty();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
