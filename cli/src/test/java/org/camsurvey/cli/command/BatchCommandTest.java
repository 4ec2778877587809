package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.cli.Surveys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey batch}, end to end in process. */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = Cli.sample("jiefangbei");

  @Test
  void theSampleGivesTheFindingsOfCheckOnePerLine(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Run run = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String lines = Files.readString(out.resolve("findings.jsonl"), StandardCharsets.UTF_8);
    assertThat(jsonLines(lines)).containsExactlyElementsOf(checkFindings(SAMPLE));
    Golden.assertText("jiefangbei-batch.en.jsonl", lines);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("findings.jsonl", "summary.xlsx");
    }
  }

  @Test
  void theSummaryHasARowPerSiteAndASheetOfFindings(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--lang", "en");

    try (InputStream in = Files.newInputStream(out.resolve("summary.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Sites");
      assertThat(cells(book.getSheetAt(0))).startsWith(
          "Survey|Site|Name|Cameras|Zones|Violations|Deficiencies|Warnings",
          SAMPLE + "|JFB-BANK|渝江商业银行解放碑支行|4.0|2.0|1.0|1.0|0.0");
      assertThat(cells(book.getSheetAt(0))).hasSize(8);
      assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Findings");
      assertThat(cells(book.getSheetAt(1))).hasSize(14).element(1).asString()
          .startsWith("ART9_INSIDE_FORBIDDEN|violation|Art. 9(4)|JFB-BANK|B-03|Z-B-02|Camera B-03 is installed inside");
    }
  }

  @Test
  void aFolderOfSurveysGivesEachSurveysCheckFindingsInOrder(@TempDir Path dir) throws IOException {
    Path surveys = severalSurveys(dir.resolve("city"), false);
    Path out = dir.resolve("out");
    Run run = Cli.run("batch", surveys.toString(), "--out-dir", out.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<JsonNode> expected = new ArrayList<>();
    try (Stream<Path> each = Files.list(surveys)) {
      for (Path survey : each.sorted().toList()) {
        expected.addAll(checkFindings(survey.toString()));
      }
    }
    assertThat(jsonLines(Files.readString(out.resolve("findings.jsonl")))).containsExactlyElementsOf(expected);
  }

  @Test
  void theOutputBytesDoNotDependOnTheNumberOfJobs(@TempDir Path dir) throws IOException {
    Path surveys = severalSurveys(dir.resolve("city"), false);
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");
    assertThat(Cli.run("batch", surveys.toString(), "--out-dir", one.toString(), "--jobs", "1").exitCode()).isEqualTo(1);
    assertThat(Cli.run("batch", surveys.toString(), "--out-dir", four.toString(), "--jobs", "4").exitCode()).isEqualTo(1);

    for (String file : List.of("findings.jsonl", "summary.xlsx")) {
      assertThat(Files.readAllBytes(four.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
  }

  @Test
  void aCleanSurveyExitsZero(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Run run = Cli.run("batch", Surveys.clean(dir.resolve("clean")).toString(), "--out-dir", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("findings.jsonl"))).isEmpty();
  }

  @Test
  void aFolderWithOutputsIsRefusedWithoutForceOrResume(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Cli.run("batch", SAMPLE, "--out-dir", out.toString());
    byte[] before = Files.readAllBytes(out.resolve("findings.jsonl"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    Run again = Cli.run("batch", SAMPLE, "--out-dir", out.toString());
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(2);
    assertThat(again.err()).contains("holds a batch's outputs", "--resume", "--force");
    assertThat(Files.readAllBytes(out.resolve("findings.jsonl"))).isEqualTo(before);

    Run finished = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--resume");
    assertThat(finished.exitCode()).as(finished.toString()).isEqualTo(2);
    assertThat(finished.err()).contains("nothing to resume");

    Run forced = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(1);
    assertThat(Files.readAllBytes(out.resolve("findings.jsonl"))).isEqualTo(before);
    assertThat(out.resolve("notes.txt")).as("not an output of the batch").hasContent("mine");
  }

  @Test
  void theOutputFolderMayNotLieInASource(@TempDir Path dir) throws IOException {
    Path surveys = severalSurveys(dir.resolve("city"), false);
    Run run = Cli.run("batch", surveys.toString(), "--out-dir", surveys.resolve("out").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(surveys.resolve("out")).doesNotExist();
  }

  @Test
  void aBadRecordInTheThirdSurveyStopsWithExit3AndLeavesNoOutput(@TempDir Path dir) throws IOException {
    Path surveys = severalSurveys(dir.resolve("city"), true);
    Path out = dir.resolve("out");
    Run run = Cli.run("batch", surveys.toString(), "--out-dir", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains(surveys.resolve("c-bad").resolve("cameras.geojson").toString(), "cameras",
        "record C9", "heading", "400");
    assertThat(out).doesNotExist();
  }

  @Test
  void aSurveyWithoutZonesIsRefused(@TempDir Path dir) {
    Path survey = Surveys.write(dir.resolve("nozones"), null, Surveys.camera("C1", ""));
    Run run = Cli.run("batch", survey.toString(), "--out-dir", dir.resolve("out").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("has no zones layer");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /**
   * A folder of four surveys: the sample, a clean one, one with findings (or, when asked, a
   * heading of 400° in record C9) and the sample again as a GeoPackage.
   */
  static Path severalSurveys(Path folder, boolean badThird) throws IOException {
    Files.createDirectories(folder);
    Path sample = folder.resolve("a-jiefangbei");
    Files.createDirectories(sample);
    try (Stream<Path> files = Files.list(Path.of(SAMPLE))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, sample.resolve(file.getFileName()));
      }
    }
    Surveys.clean(folder.resolve("b-clean"));
    Surveys.write(folder.resolve("c-bad"), Surveys.CLEAN_ZONES, Surveys.camera("C1", ", \"signage\": \"no\""),
        Surveys.camera("C9", badThird ? ", \"heading\": 400" : ", \"filed\": \"\""));
    Run imported = Cli.run("import", SAMPLE, "-o", folder.resolve("d-jiefangbei.gpkg").toString());
    assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(0);
    return folder;
  }

  static List<JsonNode> checkFindings(String survey) throws IOException {
    Run check = Cli.run("check", survey, "--format", "json", "--lang", "en");
    List<JsonNode> findings = new ArrayList<>();
    JSON.readTree(check.out()).get("findings").forEach(findings::add);
    return findings;
  }

  static List<JsonNode> jsonLines(String text) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    assertThat(text).as("every line ends with a line feed").matches("(?s)(.*\n)?");
    return nodes;
  }

  private static List<String> cells(Sheet sheet) {
    List<String> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        cells.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
      }
      rows.add(String.join("|", cells));
    }
    return rows;
  }
}
