package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/CLI.md's "nothing is written on failure" when the failure is the process being killed: a
 * command killed while it writes its output leaves no target file. Only what it was writing
 * beside the target may remain, hidden and named after it ({@code .<name>.<random>.part} for a
 * text or binary file, a {@code .<name>.<random>} folder for a GeoPackage and its journal), since
 * nothing runs after a SIGKILL to remove it.
 */
@Tag("slow")
class InterruptedWriteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A command writing {@code target} from a survey, and how to tell that what it left is whole.
   *
   * @param countsCameras the number of cameras (or views) the finished output holds
   */
  private record Writer(String name, String target, List<String> options, Function<Path, Integer> countsCameras) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Writer> writers() {
    return Stream.of(
        new Writer("check -o", "findings.json", List.of("check", "--format", "json", "-o"),
            file -> read(file).get("summary").get("cameras").asInt()),
        new Writer("import -o", "survey.gpkg", List.of("import", "-o"),
            file -> Integer.parseInt(GeoPackages.query(file, "SELECT count(*) FROM cameras").get(0))),
        new Writer("fov -o", "views.gpkg", List.of("fov", "-o"),
            file -> Integer.parseInt(GeoPackages.query(file, "SELECT count(DISTINCT camera_id) FROM fov").get(0))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aCommandKilledWhileWritingLeavesNoOutputFile(Writer writer, @TempDir Path dir) throws Exception {
    boolean killedWhileWriting = false;
    for (int attempt = 0, cameras = 4_000; attempt < 3 && !killedWhileWriting; attempt++, cameras *= 2) {
      Path folder = dir.resolve("attempt-" + attempt);
      Path survey = writeSurvey(folder.resolve("survey"), cameras);
      Path target = folder.resolve(writer.target());
      List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
          "org.camsurvey.cli.Main", writer.options().get(0), survey.toString()));
      command.addAll(writer.options().subList(1, writer.options().size()));
      command.add(target.toString());

      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(folder.resolve("process.log").toFile())
          .start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
          if (!temporaries(folder, writer.target()).isEmpty()) {
            process.destroyForcibly();
            killedWhileWriting = true;
            break;
          }
          Thread.onSpinWait();
        }
        process.waitFor(10, TimeUnit.SECONDS);
      } finally {
        process.destroyForcibly();
      }

      if (killedWhileWriting && Files.exists(target)) {
        killedWhileWriting = false; // the move won the race with the kill: the file must then be whole
      }
      String log = Files.readString(folder.resolve("process.log"));
      if (killedWhileWriting) {
        assertThat(target).as("a killed write leaves no target file").doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
          assertThat(left.map(p -> p.getFileName().toString()))
              .allSatisfy(name -> assertThat(name).satisfiesAnyOf(
                  n -> assertThat(n).isIn("survey", "process.log"),
                  n -> assertThat(n).startsWith("." + writer.target() + ".")));
        }
      } else {
        // it finished (or moved the file into place) before the kill: what it left must be whole
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(target).as(log).exists();
        assertThat(writer.countsCameras().apply(target)).as(log).isEqualTo(cameras);
      }
    }
    assertThat(killedWhileWriting).as("some attempt was killed while writing").isTrue();
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What the command writes beside its target before moving it into place. */
  private static List<Path> temporaries(Path folder, String target) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("." + target + ".")).toList();
    }
  }

  /** A survey of {@code cameras} cameras in sites of 50, each looking north from its own spot, and one zone. */
  private static Path writeSurvey(Path folder, int cameras) throws IOException {
    Files.createDirectories(folder);
    List<String> features = new ArrayList<>(cameras);
    for (int i = 0; i < cameras; i++) {
      double lon = 106.5 + (i % 200) * 0.0005;
      double lat = 29.5 + (i / 200) * 0.0005;
      features.add(String.format(Locale.ROOT, "{\"type\": \"Feature\", \"properties\": {\"camera_id\": \"C%d\", \"site_id\": \"S%d\", "
          + "\"heading\": 0, \"hfov\": 90, \"range_m\": 20, \"res_h\": 1920, \"cam_type\": \"fixed\", "
          + "\"signage\": \"no\", \"retention\": 15, \"runs_24h\": \"yes\", \"installed\": \"2020-01-01\", "
          + "\"filed\": \"\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [%.6f, %.6f]}}",
          i, i / 50, lon, lat));
    }
    Files.writeString(folder.resolve("cameras.geojson"),
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features) + "\n]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("zones.geojson"), """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"zone_id": "Z1", "site_id": "S0", "rule": "mandated", "item": "8.7"},
          "geometry": {"type": "Polygon", "coordinates": [[[106.50001, 29.50005], [106.50006, 29.50005],
            [106.50006, 29.50012], [106.50001, 29.50012], [106.50001, 29.50005]]]}}]}
        """, StandardCharsets.UTF_8);
    return folder;
  }
}
