package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLI.md's "nothing is written on failure" when the failure is the process being killed: a
 * {@code camsurvey check -o} killed while it writes leaves no target file. Only the hidden
 * temporary file it was writing beside the target ({@code .<name>.<random>.part}) may remain,
 * since nothing runs after a SIGKILL to remove it.
 */
class InterruptedWriteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCheckKilledWhileWritingLeavesNoOutputFile(@TempDir Path dir) throws Exception {
    boolean killedWhileWriting = false;
    for (int attempt = 0, cameras = 4_000; attempt < 3 && !killedWhileWriting; attempt++, cameras *= 2) {
      Path folder = dir.resolve("attempt-" + attempt);
      Path survey = writeSurvey(folder.resolve("survey"), cameras);
      Path target = folder.resolve("findings.json");

      Process process = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
          "org.camsurvey.cli.Main", "check", survey.toString(), "--format", "json", "-o", target.toString())
          .redirectErrorStream(true)
          .redirectOutput(folder.resolve("process.log").toFile())
          .start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (process.isAlive() && System.nanoTime() < deadline) {
          if (!partFiles(folder).isEmpty()) {
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
      if (killedWhileWriting) {
        assertThat(target).as("a killed write leaves no target file").doesNotExist();
        assertThat(partFiles(folder)).allSatisfy(part ->
            assertThat(part.getFileName().toString()).startsWith(".findings.json.").endsWith(".part"));
      } else {
        // it finished (or moved the file into place) before the kill: what it left must be whole
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(target).as(Files.readString(folder.resolve("process.log"))).exists();
        assertThat(JSON.readTree(target.toFile()).get("summary").get("cameras").asInt())
            .as(Files.readString(folder.resolve("process.log"))).isEqualTo(cameras);
      }
    }
    assertThat(killedWhileWriting).as("some attempt was killed while writing").isTrue();
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<Path> partFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
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
