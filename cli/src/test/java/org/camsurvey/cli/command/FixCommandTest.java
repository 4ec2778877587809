package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code camsurvey fix}, end to end in process: what it proposes, and what check says of the survey it writes. */
@Tag("slow")
class FixCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  @TempDir Path dir;

  @Test
  void theSampleFixedAsAGeoPackageChecksCleanOfAllButWhatFixCallsUnfixable() throws IOException {
    Path fixed = dir.resolve("fixed.gpkg");
    Run fix = Cli.run("fix", SAMPLE, "-o", fixed.toString(), "--format", "json");

    assertThat(fix.exitCode()).as(fix.toString()).isEqualTo(1);
    JsonNode doc = JSON.readTree(fix.out());
    assertThat(unfixable(doc)).containsExactly("JFB-BANK camera B-03");
    assertThat(left(fixed)).isSubsetOf(unfixable(doc));
    Golden.assertMatches("fix-jiefangbei.json", fix.out());
  }

  @Test
  void theSampleFixedAsAGeoJsonFolderChecksCleanOfAllButWhatFixCallsUnfixable() throws IOException {
    Path fixed = dir.resolve("fixed");
    Run fix = Cli.run("fix", SAMPLE, "-o", fixed.toString(), "--format", "json");

    assertThat(Files.exists(fixed.resolve("cameras.geojson"))).isTrue();
    assertThat(left(fixed)).isSubsetOf(unfixable(JSON.readTree(fix.out())));
  }

  @Test
  void theTableShowsEachChangeWithItsFindingsAndCover() throws IOException {
    Run fix = Cli.run("fix", SAMPLE, "--lang", "en");

    assertThat(fix.err()).isEmpty();
    Golden.assertText("fix-jiefangbei.txt", fix.out().replace(SAMPLE, "samples/jiefangbei"));
  }

  @ParameterizedTest(name = "--law {0}")
  @ValueSource(strings = {"cq2009", "cn2025"})
  void theFixedSurveyKeepsEveryZoneAndPhotoOfTheInputThoughTheLawJudgesFewer(String law) throws IOException {
    Path fixed = dir.resolve("fixed.gpkg");
    Cli.run("fix", SAMPLE, "--law", law, "-o", fixed.toString());

    assertThat(layerCounts(fixed.toString())).isEqualTo(layerCounts(SAMPLE)).contains("zones 20", "evidence 2");
  }

  @Test
  void theTableUnderBothLawsNamesEachArticlesLaw() throws IOException {
    Run fix = Cli.run("fix", SAMPLE, "--lang", "en", "--law", "cn2025,cq2009");

    assertThat(fix.err()).isEmpty();
    assertThat(fix.out()).contains("cq2009 Art. 24", "cn2025 Art. 27(1)");
    Golden.assertText("fix-jiefangbei-cn2025-cq2009.txt", fix.out().replace(SAMPLE, "samples/jiefangbei"));
  }

  @ParameterizedTest(name = "--law {0}")
  @ValueSource(strings = {"cn2025", "cn2025,cq2009"})
  void theSampleFixedUnderTheRegulationChecksCleanUnderItOfAllButWhatFixCallsUnfixable(String law) throws IOException {
    Path fixed = dir.resolve("fixed.gpkg");
    Run fix = Cli.run("fix", SAMPLE, "--law", law, "-o", fixed.toString(), "--format", "json");

    assertThat(fix.err()).as(fix.toString()).isEmpty();
    JsonNode doc = JSON.readTree(fix.out());
    assertThat(doc.at("/summary/not_cleared").asInt()).as("what the search meant to clear, still found").isZero();
    assertThat(left(SAMPLE, law)).as("the sample has something to fix under " + law).isNotEmpty();
    assertThat(left(fixed.toString(), law)).isSubsetOf(unfixable(doc));
    assertThat(fix.exitCode()).isEqualTo(unfixable(doc).isEmpty() ? 0 : 1);
  }

  @ParameterizedTest(name = "seed {0}, --law {1}")
  @CsvSource(delimiter = ';', value = {"1;cq2009", "2;cq2009", "3;cq2009", "4;cq2009", "1;cn2025", "2;cn2025", "3;cn2025",
      "1;cn2025,cq2009", "2;cn2025,cq2009", "4;cn2025,cq2009"})
  void aSynthesisedDistrictFixedChecksCleanOfAllButWhatFixCallsUnfixable(int seed, String law) throws IOException {
    Path city = dir.resolve("city.gpkg");
    Path fixed = dir.resolve("fixed.gpkg");
    assertThat(Cli.run("synth", "--cameras", "200", "--districts", "1", "--seed", Integer.toString(seed),
        "-o", city.toString()).exitCode()).isZero();

    Run fix = Cli.run("fix", city.toString(), "--law", law, "-o", fixed.toString(), "--format", "json");

    assertThat(fix.err()).as(fix.toString()).isEmpty();
    JsonNode doc = JSON.readTree(fix.out());
    assertThat(doc.at("/summary/not_cleared").asInt()).as("what the search meant to clear, still found").isZero();
    assertThat(left(fixed.toString(), law)).isSubsetOf(unfixable(doc));
    assertThat(fix.exitCode()).isEqualTo(unfixable(doc).isEmpty() ? 0 : 1);
  }

  @Test
  void newCamerasComeWithTheDefaultsGivenAndAreMarkedProposed() throws IOException {
    Path fixed = dir.resolve("fixed.gpkg");
    Run fix = Cli.run("fix", SAMPLE, "--max-turn", "0", "--keep-angle", "--default-hfov", "100", "--default-range", "40",
        "-o", fixed.toString(), "--format", "json");

    JsonNode doc = JSON.readTree(fix.out());
    List<JsonNode> added = new ArrayList<>();
    doc.get("remedies").forEach(r -> {
      if (r.get("action").asText().equals("new_camera")) {
        added.add(r.get("camera"));
      }
    });
    assertThat(added).isNotEmpty().allSatisfy(c -> {
      assertThat(c.get("hfov").asDouble()).isEqualTo(100);
      assertThat(c.get("range_m").asDouble()).isEqualTo(40);
      assertThat(c.get("proposed").asBoolean()).isTrue();
    });
    Run check = Cli.run("check", fixed.toString(), "--format", "json");
    assertThat(check.err()).isEmpty();
    assertThat(left(fixed)).isSubsetOf(unfixable(doc));
  }

  @Test
  void withoutNewCamerasAndTurnsAShortZoneIsLeftShort() throws IOException {
    Run fix = Cli.run("fix", SAMPLE, "--max-turn", "0", "--no-new-cameras", "--format", "json");

    assertThat(unfixable(JSON.readTree(fix.out()))).contains("JFB-STREET zone Z-ST-02");
  }

  @Test
  void theSameSurveyGivesTheSameBytes() {
    assertThat(Cli.run("fix", SAMPLE, "--format", "json").out()).isEqualTo(Cli.run("fix", SAMPLE, "--format", "json").out());
  }

  @Test
  void aTurnBeyondHalfTheHorizonIsAUsageError() {
    Run run = Cli.run("fix", SAMPLE, "--max-turn", "200");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-turn must be within 0..180");
  }

  @Test
  void anExistingOutputIsNotReplacedWithoutForce() throws IOException {
    Path fixed = Files.createFile(dir.resolve("fixed.gpkg"));

    Run run = Cli.run("fix", SAMPLE, "-o", fixed.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("exists; give --force");
    assertThat(Files.size(fixed)).isZero();
  }

  @Test
  void completionKnowsTheCommandAndItsOptions() {
    String script = Cli.run("completion", "bash").out();

    assertThat(script).contains("fix", "--max-turn", "--keep-angle", "--keep-range", "--no-new-cameras", "--law");
  }

  /** What import counts in a survey's layers ("sites 7, cameras 25, zones 20, …"). */
  private String layerCounts(String survey) {
    Run run = Cli.run("import", survey, "-o", dir.resolve("counted.gpkg").toString(), "--force");
    String all = run.out() + run.err();
    String first = all.lines().filter(l -> l.startsWith(survey + ": sites")).findFirst().orElseThrow(() -> new AssertionError(all));
    return first.substring(survey.length() + 2);
  }

  /** What fix leaves for the site, as "site camera id" or "site zone id". */
  private static Set<String> unfixable(JsonNode doc) {
    Set<String> left = new TreeSet<>();
    for (JsonNode r : doc.get("remedies")) {
      if (r.get("unfixable").asBoolean()) {
        left.add(r.get("site_id").asText() + (r.has("camera_id")
            ? " camera " + r.get("camera_id").asText() : " zone " + r.get("zone_id").asText()));
      }
    }
    return left;
  }

  /** The intrusions and short zones check finds in a survey, named as {@link #unfixable} names them. */
  private static Set<String> left(Path survey) throws IOException {
    return left(survey.toString(), "cq2009");
  }

  /**
   * The same under the laws given: the regulation's forbidden views, views without consent and short
   * zones too (not {@code CN8_CHECKLIST}, the checklist's answer on Art. 8, which no camera change settles).
   */
  private static Set<String> left(String survey, String law) throws IOException {
    Run check = Cli.run("check", survey, "--law", law, "--format", "json");
    assertThat(check.err()).as(check.toString()).isEmpty();
    Set<String> left = new TreeSet<>();
    for (JsonNode f : JSON.readTree(check.out()).get("findings")) {
      String code = f.get("code").asText();
      if (code.startsWith("ART9_") || code.equals("CN8_FORBIDDEN_VIEW") || code.equals("CN8_INSIDE_FORBIDDEN")
          || code.equals("CN10_NO_CONSENT")) {
        left.add(f.get("site_id").asText() + " camera " + f.get("camera_id").asText());
      } else if (code.equals("ART8_UNCOVERED") || code.equals("CN7_UNCOVERED")) {
        left.add(f.get("site_id").asText() + " zone " + f.get("zone_id").asText());
      }
    }
    return left;
  }
}
