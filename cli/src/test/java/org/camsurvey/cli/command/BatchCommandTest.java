package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey batch}, end to end in process. */
@Tag("slow")
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

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
          "Survey|Site|Name|Cameras|Zones|Violations|Deficiencies|Warnings|Report",
          SAMPLE + "|JFB-BANK|渝江商业银行解放碑支行|4.0|2.0|1.0|1.0|0.0");
      assertThat(cells(book.getSheetAt(0))).hasSize(8);
      assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Findings");
      assertThat(cells(book.getSheetAt(1))).hasSize(20).element(1).asString()
          .startsWith("ART9_INSIDE_FORBIDDEN|violation|Art. 9(4)|JFB-BANK|渝江商业银行解放碑支行|B-03|Z-B-02|Camera B-03 is installed inside");
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
    Run run = Cli.run("batch", SurveyFiles.clean(dir.resolve("clean")).toString(), "--out-dir", out.toString());

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
    Path survey = SurveyFiles.write(dir.resolve("nozones"), null, SurveyFiles.camera("C1", ""));
    Run run = Cli.run("batch", survey.toString(), "--out-dir", dir.resolve("out").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("has no zones layer");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void reportsAreWrittenForTheSitesWithFindings(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Run run = Cli.run(withReports("batch", SAMPLE, "--out-dir", out.toString(), "--lang", "en"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    TreeSet<String> sitesWithFindings = new TreeSet<>();
    for (JsonNode finding : jsonLines(Files.readString(out.resolve("findings.jsonl")))) {
      if (finding.hasNonNull("site_id")) {
        sitesWithFindings.add(finding.get("site_id").asText() + ".pdf");
      }
    }
    assertThat(sitesWithFindings).contains("JFB-BANK.pdf");
    assertThat(files(out.resolve("reports"))).containsOnlyKeys(sitesWithFindings.stream().map(f -> "jiefangbei/" + f).toList());

    assumeTrue(onPath("pdftotext"), "poppler-utils are not installed");
    Process p = new ProcessBuilder("pdftotext", out.resolve("reports/jiefangbei/JFB-BANK.pdf").toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(text).isZero();
    assertThat(text).contains("JFB-BANK", "ART9_INSIDE_FORBIDDEN", "Zhang Wei", "Li Na");
  }

  /** The summary links each site to its report, filters every sheet, and bears the inspection's date. */
  @Test
  void theSummaryLinksEachReportAndBearsTheInspectionsDate(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Cli.run(withReports("batch", SAMPLE, "--out-dir", out.toString(), "--lang", "en"));

    try (InputStream in = Files.newInputStream(out.resolve("summary.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Row bank = book.getSheet("Sites").getRow(1);
      assertThat(bank.getCell(1).getStringCellValue()).isEqualTo("JFB-BANK");
      assertThat(bank.getCell(8).getStringCellValue()).isEqualTo("JFB-BANK.pdf");
      String link = bank.getCell(8).getHyperlink().getAddress();
      assertThat(link).isEqualTo("reports/jiefangbei/JFB-BANK.pdf");
      assertThat(out.resolve(link)).exists();
      for (Sheet sheet : book) {
        assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
            .as(sheet.getSheetName()).isTrue();
      }
      assertThat(book.getProperties().getCoreProperties().getCreated())
          .isEqualTo(java.util.Date.from(java.time.Instant.parse("2024-03-12T00:00:00Z")));
    }
  }

  /** A deadline in 2027, a year the holiday calendar has no notice for yet, is counted by weekends and said so. */
  @Test
  void aReportWhoseDeadlineTheCalendarCannotCountSaysSo(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Run run = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--reports", "--inspector", "张伟:50010012345",
        "--inspector", "李娜:50010067890", "--date", "2026-12-25", "--deadline", "15");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assumeTrue(onPath("pdftotext"), "poppler-utils are not installed");
    Process p = new ProcessBuilder("pdftotext", out.resolve("reports/jiefangbei/JFB-BANK.pdf").toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
    assertThat(p.waitFor()).as(text).isZero();
    // 2027-01-09 is a Saturday: Monday 2027-01-11, by weekends alone
    assertThat(text).contains("2027-01-11", "节假日日历缺少2027年");
    assertThat(Files.readString(out.resolve("findings.jsonl"))).doesNotContain("DATA_CALENDAR_MISSING");
  }

  @Test
  void reportsHaveTheSameBytesWhateverTheNumberOfJobs(@TempDir Path dir) throws IOException {
    Path surveys = twoSurveys(dir.resolve("city"));
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    Run first = Cli.run(withReports("batch", surveys.toString(), "--out-dir", one.toString(), "--jobs", "1"));
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
    Run second = Cli.run(withReports("batch", surveys.toString(), "--out-dir", two.toString(), "--jobs", "2"));
    assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);

    Map<String, byte[]> reports = files(one.resolve("reports"));
    assertThat(reports).containsKey("b-findings/S1.pdf").containsKey("a-jiefangbei/JFB-BANK.pdf");
    Map<String, byte[]> again = files(two.resolve("reports"));
    assertThat(again.keySet()).containsExactlyElementsOf(reports.keySet());
    reports.forEach((file, bytes) -> assertThat(again.get(file)).as(file).isEqualTo(bytes));
    TreeSet<String> numbers = new TreeSet<>();
    for (String file : reports.keySet()) {
      Matcher number = Pattern.compile("CS-INS-\\d{8}-[0-9A-F]{12}").matcher(DocumentCommandsTest.text(one.resolve("reports/" + file)));
      assertThat(number.find()).as(file).isTrue();
      numbers.add(number.group());
    }
    assertThat(numbers).as("a document number per site").hasSize(reports.size());
    assertThat(DocumentCommandsTest.text(one.resolve("reports/a-jiefangbei/JFB-HOTEL.pdf")).replaceAll("\\s+", ""))
        .as("a site's report shows its own photos").contains("photos/H-03-Z-H-02.jpg").doesNotContain("photos/ST-05.png");
  }

  @Test
  void reportsTakeTwoInspectorsAndADateAndTheirOptionsTakeReports(@TempDir Path dir) {
    Path out = dir.resolve("out");
    Run one = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--reports", "--inspector", "Zhang Wei:50010012345",
        "--date", "2024-03-12");
    assertThat(one.exitCode()).as(one.toString()).isEqualTo(2);
    assertThat(one.err()).contains("at least two law-enforcement officers");

    Run undated = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--reports", "--inspector", "Zhang Wei:50010012345",
        "--inspector", "Li Na:50010067890");
    assertThat(undated.exitCode()).as(undated.toString()).isEqualTo(2);
    assertThat(undated.err()).contains("--reports takes --date");

    Run dated = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--date", "2024-03-12", "--font", "x.ttf");
    assertThat(dated.exitCode()).as(dated.toString()).isEqualTo(2);
    assertThat(dated.err()).contains("--font is for the reports").doesNotContain("--date is for");

    Run without = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--inspector", "Zhang Wei:50010012345",
        "--inspector", "Li Na:50010067890");
    assertThat(without.exitCode()).as(without.toString()).isEqualTo(2);
    assertThat(without.err()).contains("--inspector", "--reports");
    assertThat(out).doesNotExist();
  }

  @Test
  void aSiteIdThatIsNoFileNameGivesASafeOne(@TempDir Path dir) throws IOException {
    String site = "../日志 1/x";
    Path survey = SurveyFiles.write(dir.resolve("odd"), SurveyFiles.CLEAN_ZONES.replace("\"S1\"", "\"" + site + "\""),
        SurveyFiles.camera("C1", ", \"site_id\": \"" + site + "\", \"signage\": \"no\""));
    Path out = dir.resolve("out");
    Run run = Cli.run(withReports("batch", survey.toString(), "--out-dir", out.toString()));

    assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
    assertThat(files(out.resolve("reports"))).containsOnlyKeys("odd/%2E.%2F%E6%97%A5%E5%BF%97%201%2Fx.pdf");
  }

  @Test
  void aBadRecordLeavesNoReportsEither(@TempDir Path dir) throws IOException {
    Path surveys = severalSurveys(dir.resolve("city"), true);
    Path out = dir.resolve("out");
    Run run = Cli.run(withReports("batch", surveys.toString(), "--out-dir", out.toString()));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(out).doesNotExist();
  }

  private static String[] withReports(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--reports", "--inspector", "Zhang Wei:50010012345", "--inspector", "Li Na:50010067890", "--date", "2024-03-12"));
    return all.toArray(String[]::new);
  }

  /** Two surveys: the sample, and one whose single site S1 has an unsigned camera. */
  private static Path twoSurveys(Path folder) throws IOException {
    copySample(folder.resolve("a-jiefangbei"));
    SurveyFiles.write(folder.resolve("b-findings"), SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C1", ", \"signage\": \"no\""));
    return folder;
  }

  /** The sample's layer files and photos, copied into a new folder. */
  private static void copySample(Path folder) throws IOException {
    Path sample = Path.of(SAMPLE);
    Files.createDirectories(folder.getParent());
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(sample.relativize(file).toString()));
      }
    }
  }

  /** Every file under a folder by its path there ({@code /} between names), with its bytes. */
  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
  }

  /**
   * A folder of four surveys: the sample, a clean one, one with findings (or, when asked, a
   * heading of 400° in record C9) and the sample again as a GeoPackage.
   */
  static Path severalSurveys(Path folder, boolean badThird) throws IOException {
    copySample(folder.resolve("a-jiefangbei"));
    SurveyFiles.clean(folder.resolve("b-clean"));
    SurveyFiles.write(folder.resolve("c-bad"), SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C1", ", \"signage\": \"no\""),
        SurveyFiles.camera("C9", badThird ? ", \"heading\": 400" : ", \"filed\": \"\""));
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
