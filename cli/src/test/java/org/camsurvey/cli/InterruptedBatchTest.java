package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed mid-run (a real child JVM, SIGKILL) leaves no output file, only complete parts;
 * {@code --resume} goes on from them and ends with the very bytes of an uninterrupted run.
 */
@Tag("slow")
class InterruptedBatchTest {
  private static final int SITES = 12_000;

  @Test
  void aKilledBatchResumesToTheBytesOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
    Path survey = writeSurvey(dir.resolve("city"));
    Path out = dir.resolve("out");
    Path parts = out.resolve(".camsurvey-batch");

    Process process = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
        "org.camsurvey.cli.Main", "batch", survey.toString(), "--out-dir", out.toString(), "--lang", "en")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("process.log").toFile())
        .start();
    boolean killed = false;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (process.isAlive() && System.nanoTime() < deadline) {
        if (Files.exists(parts.resolve("part-000001.sites.jsonl"))) {
          process.destroyForcibly();
          killed = true;
          break;
        }
        Thread.sleep(5);
      }
      process.waitFor(10, TimeUnit.SECONDS);
    } finally {
      process.destroyForcibly();
    }
    assertThat(killed).as("killed after its first part: %s", Files.readString(dir.resolve("process.log"))).isTrue();
    assertThat(out.resolve("findings.jsonl")).as("a killed batch leaves no output file").doesNotExist();
    assertThat(out.resolve("summary.xlsx")).doesNotExist();

    Run differently = Cli.run("batch", survey.toString(), "--out-dir", out.toString(), "--lang", "zh", "--resume");
    assertThat(differently.exitCode()).as(differently.toString()).isEqualTo(2);
    assertThat(differently.err()).contains("other options");

    Run resumed = Cli.run("batch", survey.toString(), "--out-dir", out.toString(), "--lang", "en", "--resume",
        "--jobs", "2");
    assertThat(resumed.exitCode()).as(resumed.toString()).isEqualTo(1);
    assertThat(parts).as("the parts are removed once the outputs are whole").doesNotExist();

    Path whole = dir.resolve("whole");
    Run uninterrupted = Cli.run("batch", survey.toString(), "--out-dir", whole.toString(), "--lang", "en");
    assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isEqualTo(1);
    for (String file : List.of("findings.jsonl", "summary.xlsx")) {
      assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    try (Stream<String> lines = Files.lines(whole.resolve("findings.jsonl"))) {
      assertThat(lines.count()).isEqualTo(SITES);
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@value #SITES} sites of one camera each, every camera keeping its recordings too briefly: one violation per site. */
  private static Path writeSurvey(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> features = new ArrayList<>(SITES);
    for (int i = 0; i < SITES; i++) {
      features.add(String.format(Locale.ROOT, "{\"type\": \"Feature\", \"properties\": {\"camera_id\": \"C1\","
          + " \"site_id\": \"S%05d\", \"heading\": 0, \"hfov\": 90, \"range_m\": 20, \"res_h\": 1920,"
          + " \"cam_type\": \"fixed\", \"signage\": \"yes\", \"retention\": 15, \"runs_24h\": \"yes\","
          + " \"installed\": \"2020-01-01\", \"filed\": \"2020-02-01\"},"
          + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [%.6f, %.6f]}}",
          i, 106.5 + (i % 100) * 0.001, 29.5 + (i / 100) * 0.001));
    }
    Files.writeString(folder.resolve("cameras.geojson"),
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features) + "\n]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("zones.geojson"), """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"zone_id": "Z1", "site_id": "S00000", "rule": "forbidden", "item": "9.3"},
          "geometry": {"type": "Polygon", "coordinates": [[[106.6, 29.4], [106.6001, 29.4],
            [106.6001, 29.4001], [106.6, 29.4001], [106.6, 29.4]]]}}]}
        """, StandardCharsets.UTF_8);
    return folder;
  }
}
