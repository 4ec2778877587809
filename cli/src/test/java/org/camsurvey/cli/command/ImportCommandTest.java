package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.cli.GeoPackages.contents;
import static org.camsurvey.cli.GeoPackages.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.write.SurveyLayers;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey import SRC… -o SURVEY.gpkg}: one survey GeoPackage, whole or not at all. */
class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();
  private static final String NL = System.lineSeparator();

  @Tag("slow")
  @Test
  void theSampleBecomesASurveyGeoPackageThatChecksTheSame(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("jiefangbei.gpkg");

    Run run = Cli.run("import", SAMPLE, "-o", out.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(SAMPLE + ": sites 7, cameras 25, zones 20, obstacles 11, access_log 3, checklist 8, evidence 2" + NL
        + "warning: Camera W-01 has no value for signage; the rules that need it were not applied to this camera." + NL
        + out + ": 7 sites, 25 cameras, 20 zones" + NL);
    assertThat(contents(out)).containsExactly("sites features 7", "cameras features 25", "zones features 20",
        "obstacles features 11", "access_log attributes 3", "checklist attributes 8",
        "evidence attributes 2");
    assertThat(names(dir)).containsExactly("jiefangbei.gpkg");

    Run check = Cli.run("check", out.toString(), "--format", "json", "--lang", "en");
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    JsonNode sample = JSON.readTree(Cli.run("check", SAMPLE, "--format", "json", "--lang", "en").out());
    assertThat(withoutFileNames(JSON.readTree(check.out()).get("findings")))
        .isEqualTo(withoutFileNames(sample.get("findings")));
  }

  @Tag("slow")
  @Test
  void severalInputsInSeveralContainersMerge(@TempDir Path dir) throws IOException {
    Path cameras = Files.createDirectories(dir.resolve("cameras-and-sites"));
    Files.copy(Path.of(SAMPLE, "cameras.geojson"), cameras.resolve("cameras.geojson"));
    Files.copy(Path.of(SAMPLE, "sites.geojson"), cameras.resolve("sites.geojson"));
    Path zones = dir.resolve("zones.gpkg");
    GeoPackageWriter.write(zones, SurveyLayers.of(SurveyReader.read(Path.of(SAMPLE), ImportOptions.defaults())).stream()
        .filter(l -> l.name().equals("zones") || l.name().equals("obstacles")).toList());
    Path out = dir.resolve("merged.gpkg");

    Run run = Cli.run("import", cameras.toString(), zones.toString(), "-o", out.toString(), "--lang", "zh");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines()).containsExactly(cameras + ": sites 7, cameras 25", zones + ": zones 20, obstacles 11",
        "警告: 摄像机 W-01 缺少字段值：signage；依赖这些字段的规则未对该摄像机适用。", out + ": 7 个场所，25 台摄像机，20 个区域");
    Run check = Cli.run("check", out.toString(), "--format", "json", "--lang", "en");
    // the map layers merged give the sample's findings but those of its access log and checklist
    JsonNode sample = JSON.readTree(Cli.run("check", SAMPLE, "--format", "json", "--lang", "en").out());
    List<JsonNode> mapFindings = new java.util.ArrayList<>();
    sample.get("findings").forEach(f -> {
      if (!f.has("layer") || !List.of("access_log", "checklist").contains(f.get("layer").asText())) {
        mapFindings.add(f);
      }
    });
    assertThat(withoutFileNames(JSON.readTree(check.out()).get("findings")))
        .isEqualTo(withoutFileNames(JSON.valueToTree(mapFindings)));
  }

  /** Findings without the file they name: a survey imported to a GeoPackage names the GeoPackage. */
  private static JsonNode withoutFileNames(JsonNode findings) {
    JsonNode copy = findings.deepCopy();
    copy.forEach(f -> {
      if (f.has("file")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove(List.of("file", "message"));
      }
    });
    return copy;
  }

  @Test
  void whatWasReadAsJsonForScripts(@TempDir Path dir) throws IOException {
    Run run = Cli.run("import", SAMPLE, "-o", dir.resolve("out.gpkg").toString(), "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertThat(doc.get("output").asText()).endsWith("out.gpkg");
    assertThat(doc.get("inputs").get(0).get("layers").get("cameras").asInt()).isEqualTo(25);
    assertThat(doc.get("summary").get("zones").asInt()).isEqualTo(20);
    assertThat(doc.get("warnings")).singleElement()
        .satisfies(w -> assertThat(w.get("code").asText()).isEqualTo("DATA_MISSING_FIELD"));
  }

  @Test
  void anIdInTwoInputsIsRejectedNamingBoth(@TempDir Path dir) {
    Path a = SurveyFiles.clean(dir.resolve("a"));
    Path b = SurveyFiles.clean(dir.resolve("b"));
    Path out = dir.resolve("out.gpkg");

    Run run = Cli.run("import", a.toString(), b.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("camsurvey: " + b.resolve("cameras.geojson") + ": layer 'cameras', record C1, field"
        + " 'camera_id': camera 'C1' appears twice in site 'S1' (also in " + a.resolve("cameras.geojson") + ", record C1)" + NL);
    assertThat(names(dir)).containsExactly("a", "b");
  }

  @Test
  void badInputLeavesNoFile(@TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("s"), SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C7", ", \"range_m\": -5"));

    Run run = Cli.run("import", survey.toString(), "-o", dir.resolve("out.gpkg").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("layer 'cameras', record C7, field 'range_m'").doesNotContain("\tat ");
    assertThat(names(dir)).containsExactly("s");
  }

  @Test
  void aFileThatIsNotAGeoPackageIsRejected(@TempDir Path dir) throws IOException {
    Path fake = Files.writeString(dir.resolve("survey.gpkg"), "not a database", StandardCharsets.UTF_8);

    Run run = Cli.run("import", fake.toString(), "-o", dir.resolve("out.gpkg").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("camsurvey: " + fake + ": is not a GeoPackage: it is not an SQLite database" + NL);
    assertThat(names(dir)).containsExactly("survey.gpkg");
  }

  @Test
  void anExistingOutputNeedsForce(@TempDir Path dir) throws IOException {
    Path out = Files.writeString(dir.resolve("out.gpkg"), "keep me", StandardCharsets.UTF_8);
    FileTime before = Files.getLastModifiedTime(out);

    Run refused = Cli.run("import", SAMPLE, "-o", out.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo("camsurvey: " + out + ": exists; give --force to replace it" + NL);
    assertThat(Files.readString(out)).isEqualTo("keep me");
    assertThat(Files.getLastModifiedTime(out)).isEqualTo(before);

    Run forced = Cli.run("import", SAMPLE, "-o", out.toString(), "--force");

    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(contents(out)).containsExactly("sites features 7", "cameras features 25", "zones features 20",
        "obstacles features 11", "access_log attributes 3", "checklist attributes 8",
        "evidence attributes 2");
    assertThat(names(dir)).containsExactly("out.gpkg");
  }

  @Test
  void theOutputIsNeverAnInput(@TempDir Path dir) throws IOException {
    Path survey = SurveyFiles.clean(dir.resolve("s"));
    Path gpkg = dir.resolve("s.gpkg");
    assertThat(Cli.run("import", survey.toString(), "-o", gpkg.toString()).exitCode()).isZero();
    byte[] before = Files.readAllBytes(gpkg);

    Run overItself = Cli.run("import", survey.toString(), gpkg.toString(), "-o", gpkg.toString(), "--force");
    Run intoTheFolder = Cli.run("import", survey.toString(), "-o", survey.resolve("s.gpkg").toString());

    assertThat(overItself.exitCode()).isEqualTo(2);
    assertThat(overItself.err()).contains("the output would overwrite the input");
    assertThat(Files.readAllBytes(gpkg)).isEqualTo(before);
    assertThat(intoTheFolder.exitCode()).isEqualTo(2);
    assertThat(names(survey)).containsExactly("cameras.geojson", "zones.geojson");
  }

  @Test
  void theOutputIsAGeoPackage(@TempDir Path dir) {
    Run wrongName = Cli.run("import", SAMPLE, "-o", dir.resolve("out.geojson").toString());
    Run noOutput = Cli.run("import", SAMPLE);
    Run noInput = Cli.run("import", "-o", dir.resolve("out.gpkg").toString());

    assertThat(wrongName.exitCode()).isEqualTo(2);
    assertThat(wrongName.err()).contains("import writes a survey GeoPackage; name the file *.gpkg");
    assertThat(noOutput.exitCode()).isEqualTo(2);
    assertThat(noOutput.err()).contains("Missing required option: '--output=SURVEY.gpkg'");
    assertThat(noInput.exitCode()).isEqualTo(2);
    assertThat(noInput.err()).contains("Missing required parameter: 'SRC'");
    assertThat(names(dir)).isEmpty();
  }

  @Tag("slow")
  @Test
  void aGeoPackageReadsLikeItsSource(@TempDir Path dir) throws IOException {
    Path gpkg = dir.resolve("survey.gpkg");
    Cli.run("import", SAMPLE, "-o", gpkg.toString());

    JsonNode fromGeoJson = JSON.readTree(Cli.run("check", SAMPLE, "--format", "json", "--lang", "en").out());
    JsonNode fromGeoPackage = JSON.readTree(Cli.run("check", gpkg.toString(), "--format", "json", "--lang", "en").out());

    assertThat(withoutFileNames(fromGeoPackage.get("findings"))).isEqualTo(withoutFileNames(fromGeoJson.get("findings")));
    assertThat(fromGeoPackage.get("summary")).isEqualTo(fromGeoJson.get("summary"));
    assertThat(Cli.run("check", gpkg.toString(), "--lang", "en").out().lines()).startsWith("Survey: survey");
  }

  @Test
  void strictRefusesWhatWouldNeedARepairOrAnAssumptionAndWritesNothing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("strict.gpkg");

    Run strict = Cli.run("import", SAMPLE, "-o", out.toString(), "--strict", "--lang", "en");
    Run lenient = Cli.run("import", SAMPLE, "-o", out.toString(), "--lang", "en");

    // The sample's W-01 has no value for signage: a warning normally, a refusal with --strict.
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).contains("--strict", "Camera W-01 has no value for signage", "nothing was written");
    assertThat(lenient.exitCode()).isZero();
    assertThat(out).exists();
  }
}
