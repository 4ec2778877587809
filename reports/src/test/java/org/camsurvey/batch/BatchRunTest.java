package org.camsurvey.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camsurvey.model.Language;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surveys read two at a time come out in their order, and a batch stopped partway through a
 * later survey resumes from its parts to the bytes of a whole run.
 */
class BatchRunTest {
  private static final int SITES = 40;

  @Test
  void aBatchStoppedInItsSecondSurveyResumesToTheBytesOfAWholeRun(@TempDir Path dir) throws Exception {
    List<Path> surveys = List.of(survey(dir.resolve("a"), 0), survey(dir.resolve("b"), 1), survey(dir.resolve("c"), 2));
    Path whole = dir.resolve("whole");
    List<String> order = new ArrayList<>();
    batch(surveys, whole).run(false, false, new BatchProgress() {
      @Override
      public void siteDone(SiteOutcome outcome, boolean resumed) {
        order.add(outcome.source() + " " + outcome.siteId());
      }
    });
    List<String> expected = new ArrayList<>();
    for (Path survey : surveys) {
      expected.add(survey + " null");
      for (int i = 0; i < SITES; i++) {
        expected.add(survey + String.format(Locale.ROOT, " S%03d", i));
      }
    }
    assertThat(order).as("surveys, and each one's sites, in order").isEqualTo(expected);

    // every unit of a (its survey-wide unit and its sites), then b's survey-wide unit and 19 of its sites
    int stopAt = SITES + 1 + 20;
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> batch(surveys, out).run(false, false, new BatchProgress() {
      private int done;

      @Override
      public void siteDone(SiteOutcome outcome, boolean resumed) {
        if (++done == stopAt) {
          throw new IllegalStateException("stopped");
        }
      }
    })).hasMessage("stopped");
    List<Boolean> resumed = new ArrayList<>();
    batch(surveys, out).run(true, false, new BatchProgress() {
      @Override
      public void siteDone(SiteOutcome outcome, boolean fromEarlierRun) {
        resumed.add(fromEarlierRun);
      }
    });

    assertThat(resumed).hasSize(expected.size());
    assertThat(resumed.subList(0, stopAt)).containsOnly(true);
    assertThat(resumed.subList(stopAt, resumed.size())).containsOnly(false);
    for (String file : List.of("findings.jsonl", "summary.xlsx")) {
      assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
  }

  private static BatchRun batch(List<Path> surveys, Path out) {
    return new BatchRun(surveys, out, ImportOptions.defaults(), CheckOptions.defaults(), Language.EN, 2,
        "test", null);
  }

  /** {@value #SITES} sites of one camera each, each keeping its recordings too briefly, and one forbidden zone. */
  private static Path survey(Path folder, int index) throws IOException {
    Files.createDirectories(folder);
    List<String> features = new ArrayList<>();
    for (int i = 0; i < SITES; i++) {
      features.add(String.format(Locale.ROOT, "{\"type\": \"Feature\", \"properties\": {\"camera_id\": \"C1\","
          + " \"site_id\": \"S%03d\", \"heading\": 0, \"hfov\": 90, \"range_m\": 20, \"res_h\": 1920,"
          + " \"cam_type\": \"fixed\", \"signage\": \"yes\", \"retention\": 15, \"runs_24h\": \"yes\","
          + " \"installed\": \"2020-01-01\", \"filed\": \"2020-02-01\"},"
          + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [%.6f, %.6f]}}",
          i, 106.5 + index * 0.1 + (i % 10) * 0.001, 29.5 + (i / 10) * 0.001));
    }
    Files.writeString(folder.resolve("cameras.geojson"),
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features) + "\n]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("zones.geojson"), """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"zone_id": "Z1", "site_id": "S000", "rule": "forbidden", "item": "9.3"},
          "geometry": {"type": "Polygon", "coordinates": [[[106.6, 29.4], [106.6001, 29.4],
            [106.6001, 29.4001], [106.6, 29.4001], [106.6, 29.4]]]}}]}
        """, StandardCharsets.UTF_8);
    return folder;
  }
}
