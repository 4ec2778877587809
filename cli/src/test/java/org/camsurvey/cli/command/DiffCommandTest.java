package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code camsurvey diff} and {@code check --baseline}, end to end: the Jiefangbei sample is the
 * filed survey, and a copy of it the survey as it stands, with ST-01 moved 3 m north, M-01
 * turned 20°, H-01's range grown by half, SC-03 gone and ST-09 new.
 */
class DiffCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  private static final List<String> CHANGES = List.of(
      "ART10_FOV_CHANGED JFB-HOTEL H-01 - item -",
      "ART10_REAIMED JFB-MALL M-01 - item -",
      "BASELINE_CAMERA_REMOVED JFB-SCHOOL SC-03 - item -",
      "ART10_MOVED JFB-STREET ST-01 - item -",
      "BASELINE_CAMERA_ADDED JFB-STREET ST-09 - item -");

  /** The sample as it stands after the changes, with its zones and sites. */
  static Path changed(Path dir) throws IOException {
    Path sample = Path.of(SAMPLE);
    Path current = Files.createDirectories(dir.resolve("current"));
    for (String layer : List.of("sites.geojson", "zones.geojson")) {
      Files.copy(sample.resolve(layer), current.resolve(layer));
    }
    ObjectNode cameras = (ObjectNode) JSON.readTree(sample.resolve("cameras.geojson").toFile());
    ArrayNode features = (ArrayNode) cameras.get("features");
    ObjectNode added = null;
    for (int i = features.size() - 1; i >= 0; i--) {
      ObjectNode feature = (ObjectNode) features.get(i);
      ObjectNode p = (ObjectNode) feature.get("properties");
      switch (p.get("camera_id").asText()) {
        case "ST-01" -> {
          ArrayNode xy = (ArrayNode) feature.get("geometry").get("coordinates");
          GeodesicData north = Geodesic.WGS84.Direct(xy.get(1).asDouble(), xy.get(0).asDouble(), 0, 3.0);
          xy.removeAll().add(north.lon2).add(north.lat2);
        }
        case "M-01" -> p.put("heading", p.get("heading").asDouble() + 20); // 330° → 350°
        case "H-01" -> p.put("range_m", p.get("range_m").asDouble() * 1.5);
        case "SC-03" -> features.remove(i);
        case "ST-08" -> {
          added = feature.deepCopy();
          ((ObjectNode) added.get("properties")).put("camera_id", "ST-09");
        }
        default -> { }
      }
    }
    features.add(added);
    Files.writeString(current.resolve("cameras.geojson"), JSON.writeValueAsString(cameras), StandardCharsets.UTF_8);
    return current;
  }

  @Test
  void diffListsWhatChangedSinceFiling(@TempDir Path dir) throws IOException {
    Path current = changed(dir);

    Run run = Cli.run("diff", SAMPLE, current.toString(), "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as("a camera changed, though a deficiency (Art. 10): " + run).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(CheckCommandTest.rows(doc)).containsExactlyElementsOf(CHANGES);
    assertThat(doc.get("tool").get("name").asText()).isEqualTo("camsurvey");
    assertThat(doc.get("input").asText()).isEqualTo(current.toString());
    assertThat(doc.get("summary").toString()).isEqualTo(
        "{\"sites\":7,\"cameras\":25,\"zones\":20,\"violations\":0,\"deficiencies\":3,\"warnings\":2}");
    JsonNode findings = doc.get("findings");
    assertThat(findings.get(0).get("range_before_m").asDouble()).isEqualTo(25);
    assertThat(findings.get(0).get("range_after_m").asDouble()).isEqualTo(37.5);
    assertThat(findings.get(0).get("range_change").asDouble()).isEqualTo(0.5);
    assertThat(findings.get(1).get("heading_before").asDouble()).isEqualTo(330);
    assertThat(findings.get(1).get("heading_after").asDouble()).isEqualTo(350);
    assertThat(findings.get(1).get("turned_deg").asDouble()).isEqualTo(20);
    assertThat(findings.get(3).get("distance_m").asDouble()).isCloseTo(3.0, within(0.01));
    for (int i : new int[] {0, 1, 3}) {
      assertThat(findings.get(i).get("severity").asText()).isEqualTo("deficiency");
      assertThat(findings.get(i).get("party").asText()).isEqualTo("site");
      assertThat(findings.get(i).get("article").asText()).isEqualTo("10");
      assertThat(findings.get(i).has("consequence")).isFalse();
    }
    assertThat(findings.get(2).get("severity").asText()).isEqualTo("warning");
    assertThat(findings.get(2).has("article")).isFalse();
    assertThat(findings.get(3).get("message").asText())
        .isEqualTo("Camera ST-01 has moved 3 m since the filed survey (more than 1 m): its position is to be fixed (Art. 10). "
            + "Moving equipment must be reported to the public security organ (Art. 19(5)).");
  }

  @Test
  void diffAsATableInChinese(@TempDir Path dir) throws IOException {
    Run run = Cli.run("diff", SAMPLE, changed(dir).toString(), "--lang", "zh");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("ART10_MOVED", "摄像机 M-01 自备案以来指向方位转动 20 度", "SC-03")
        .contains("0 项违法，3 项缺陷，2 项警告");
  }

  @Test
  void tolerancesAreOptions(@TempDir Path dir) throws IOException {
    Run run = Cli.run("diff", SAMPLE, changed(dir).toString(), "--format", "json", "--move-tolerance", "3.5",
        "--turn-tolerance", "25", "--range-tolerance", "60");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(CheckCommandTest.rows(JSON.readTree(run.out()))).containsExactly(
        "BASELINE_CAMERA_REMOVED JFB-SCHOOL SC-03 - item -", "BASELINE_CAMERA_ADDED JFB-STREET ST-09 - item -");
  }

  @Test
  void anUnchangedSurveyExitsZero() throws IOException {
    Run run = Cli.run("diff", SAMPLE, SAMPLE, "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(JSON.readTree(run.out()).get("findings")).isEmpty();
  }

  @Test
  void badInputExitsThreeAndBadOptionsTwo(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Run missing = Cli.run("diff", empty.toString(), SAMPLE);
    Run negative = Cli.run("diff", SAMPLE, SAMPLE, "--move-tolerance", "-1");
    Run one = Cli.run("diff", SAMPLE);

    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains("holds no survey layers");
    assertThat(negative.exitCode()).as(negative.toString()).isEqualTo(2);
    assertThat(one.exitCode()).as(one.toString()).isEqualTo(2);
  }

  @Test
  void refusesToWriteOverTheBaseline(@TempDir Path dir) throws IOException {
    Path filed = Files.createDirectories(dir.resolve("filed"));
    Files.copy(Path.of(SAMPLE, "cameras.geojson"), filed.resolve("cameras.geojson"));

    Run run = Cli.run("diff", filed.toString(), SAMPLE, "-o", filed.resolve("diff.json").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("the output would overwrite the input");
  }

  @Test
  void checkWithABaselineAddsTheChangesToEveryOtherFinding(@TempDir Path dir) throws IOException {
    Path current = changed(dir);

    Run plain = Cli.run("check", current.toString(), "--format", "json", "--lang", "en");
    Run run = Cli.run("check", current.toString(), "--baseline", SAMPLE, "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> expected = new ArrayList<>(CheckCommandTest.rows(JSON.readTree(plain.out())));
    expected.addAll(CHANGES);
    assertThat(CheckCommandTest.rows(JSON.readTree(run.out()))).containsExactlyInAnyOrderElementsOf(expected)
        .containsSubsequence(CHANGES);
    assertThat(CheckCommandTest.rows(JSON.readTree(run.out())))
        .containsSubsequence("ART9_FORBIDDEN_VIEW JFB-HOTEL H-03 Z-H-02 item 1", "ART10_FOV_CHANGED JFB-HOTEL H-01 - item -",
            "ART15_NOT_FILED JFB-HOTEL H-03 - item -", "ART19_SHORT_RETENTION JFB-HOTEL H-04 - item 8");

    Run loose = Cli.run("check", current.toString(), "--baseline", SAMPLE, "--format", "json", "--range-tolerance", "60");
    assertThat(CheckCommandTest.rows(JSON.readTree(loose.out()))).doesNotContain(CHANGES.get(0)).contains(CHANGES.get(1));
  }
}
