package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code camsurvey filing} and {@code camsurvey inspect} on the sample, end to end: the documents'
 * text and the workbook's cells against golden files (see {@link Golden} to regenerate them),
 * byte-identical reruns, embedded fonts, and the refusals.
 */
@Tag("slow")
class DocumentCommandsTest {
  /**
   * The sample as a path from the working folder: documents print the files findings come from
   * (the access log's), so the golden files must not depend on where the checkout stands.
   */
  private static final String SAMPLE =
      Path.of("").toAbsolutePath().relativize(Path.of(SampleSurveys.sample("jiefangbei").toString())).toString();
  @TempDir static Path dir;
  private static Path report;
  private static Path reportXlsx;
  private static Path packet;

  @BeforeAll
  static void writeTheSampleDocuments() {
    report = dir.resolve("report.pdf");
    reportXlsx = dir.resolve("report.xlsx");
    packet = dir.resolve("packet.pdf");
    Run inspect = Cli.run("inspect", SAMPLE, "-o", report.toString(), "--xlsx", reportXlsx.toString(),
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");
    Run filing = Cli.run("filing", SAMPLE, "-o", packet.toString());
    assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
    assertThat(inspect.err()).as("no glyph is missing, nothing else is said").isEmpty();
    assertThat(filing.exitCode()).as(filing.toString()).isZero();
  }

  @Test
  void theInspectionReportsTextMatchesItsGoldenFile() throws IOException {
    String text = text(report);
    assertThat(text).contains("公共安全视频图像信息系统现场检查报告", "第二十四条", "违反本办法第九条",
        "（三）浴室、更衣室、卫生间、哺乳室等；", "张伟", "李娜", "2023-09-14",
        "第 1 页 / 共 ");
    Golden.assertText("jiefangbei-inspect.zh.txt", text);
  }

  @Test
  void theFilingPacketsTextMatchesItsGoldenFile() throws IOException {
    String text = text(packet);
    assertThat(text).contains("公共安全视频图像信息系统备案材料", "CS-FIL-20230830-", "验收");
    Golden.assertText("jiefangbei-filing.zh.txt", text);
  }

  /**
   * The inspection under both laws: the first page names each with its date and says the
   * regulation prevails; a regulation finding quotes the regulation's item and its penalty.
   */
  @Test
  void anInspectionUnderBothLawsQuotesEachFindingsOwnLaw() throws IOException {
    Path both = dir.resolve("report-both.pdf");
    Run run = Cli.run("inspect", SAMPLE, "-o", both.toString(), "--law", "cn2025,cq2009", "--date", "2026-11-20",
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = text(both);
    assertThat(text).contains("依据《公共安全视频图像信息系统管理条例》（国务院，2025-04-01 起施行）",
        "依据《重庆市社会公共安全视频图像信息系统管理办法》（重庆市人民政府，2009-12-11 起施行）",
        "效力高于", "CN8_FORBIDDEN_VIEW", "（一）旅馆、饭店、宾馆、招待所、民宿等经营接待食宿场所的客房或者包间内部；",
        "没收", "条例第八条", "ART9_FORBIDDEN_VIEW");
    Golden.assertText("jiefangbei-inspect.cn2025-cq2009.zh.txt", text);
  }

  @Test
  void englishDocumentsAreEnglishButQuoteTheChineseLaw() throws IOException {
    Path en = dir.resolve("report-en.pdf");
    Path packetEn = dir.resolve("packet-en.pdf");
    Run run = Cli.run("inspect", SAMPLE, "-o", en.toString(), "--lang", "en", "--inspector", "Zhang Wei:50010012345",
        "--inspector", "Li Na:50010067890", "--deadline", "2023-09-01");
    Run filing = Cli.run("filing", SAMPLE, "-o", packetEn.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(filing.exitCode()).as(filing.toString()).isZero();
    String text = text(en);
    assertThat(text).contains("Inspection Report", "Rectify by", "2023-09-01", "第二十四条");
    Golden.assertText("jiefangbei-inspect.en.txt", text);
    Golden.assertText("jiefangbei-filing.en.txt", text(packetEn));
  }

  @Test
  void theWorkbooksCellsMatchTheirGoldenFile() throws IOException {
    try (InputStream in = Files.newInputStream(reportXlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      StringBuilder out = new StringBuilder();
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            out.append(sheet.getSheetName()).append('!').append(cell.getAddress()).append('=').append(cell).append('\n');
          }
        }
      }
      var custom = book.getProperties().getCustomProperties();
      assertThat(custom.getProperty("survey_sha256").getLpwstr()).hasSize(64);
      out.append("survey_sha256=").append(custom.getProperty("survey_sha256").getLpwstr()).append('\n');
      out.append("document_number=").append(custom.getProperty("document_number").getLpwstr()).append('\n');
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("场所");
      Golden.assertText("jiefangbei-inspect.zh.xlsx.txt", out.toString());
    }
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    Path again = dir.resolve("again.pdf");
    Path againXlsx = dir.resolve("again.xlsx");
    Run run = Cli.run("inspect", SAMPLE, "-o", again.toString(), "--xlsx", againXlsx.toString(),
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(report));
    assertThat(Files.readAllBytes(againXlsx)).isEqualTo(Files.readAllBytes(reportXlsx));
  }

  @Test
  void anInspectionNeedsTwoInspectors() {
    Path out = dir.resolve("one.pdf");
    Run one = Cli.run("inspect", SAMPLE, "-o", out.toString(), "--inspector", "张伟:50010012345");
    Run twice = Cli.run("inspect", SAMPLE, "-o", out.toString(), "--inspector", "张伟:50010012345", "--inspector", "张伟:50010012345");

    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("at least two law-enforcement officers (行政处罚法 Art. 42)");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  /** The sample's evidence layer: two photos, each printed beside its Art. 9 finding, each embedded once. */
  @Test
  void theReportShowsTheSamplesPhotosBesideTheirFindings() throws IOException, InterruptedException {
    String text = text(report).replaceAll("\\s+", "");

    assertThat(text).contains("现场照片照片photos/H-03-Z-H-02.jpg（320×240像素", "拍摄人张伟",
        "EXIF拍摄时间2023-08-3010:15:00", "距摄像机2.3米", "现场照片照片photos/ST-05.png（240×180像素",
        "重叠面积按勘查数据中摄像机的位置、方向角和视场");
    PdfReader reader = new PdfReader(report.toString());
    int images = 0;
    for (int i = 1; i < reader.getXrefSize(); i++) {
      if (reader.getPdfObjectRelease(i) instanceof com.lowagie.text.pdf.PdfStream stream
          && com.lowagie.text.pdf.PdfName.IMAGE.equals(stream.get(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
        images++;
      }
    }
    reader.close();
    assertThat(images).isEqualTo(2);
    if (Tools.onPath("pdfimages")) {
      List<String> listed = exec("pdfimages", "-list", report.toString());
      assertThat(listed).filteredOn(l -> l.contains(" 320   240 ") && l.contains("jpeg")).hasSize(1);
      assertThat(listed).filteredOn(l -> l.contains(" 240   180 ")).hasSize(1);
    }
  }

  @Test
  void anInspectorWithoutACertificateNumberIsAUsageError() {
    Path out = dir.resolve("uncertified.pdf");
    Run bare = Cli.run("inspect", SAMPLE, "-o", out.toString(), "--inspector", "张伟", "--inspector", "李娜:50010067890");
    Run empty = Cli.run("inspect", SAMPLE, "-o", out.toString(), "--inspector", "张伟：", "--inspector", "李娜:50010067890");
    Run shared = Cli.run("inspect", SAMPLE, "-o", out.toString(), "--inspector", "张伟:500100",
        "--inspector", "李娜:500100");

    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("'张伟' has no law-enforcement certificate number (执法证号)", "张伟:50010012345");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("'张伟：' has no law-enforcement certificate number");
    assertThat(shared.exitCode()).isEqualTo(2);
    assertThat(shared.err()).contains("张伟 and 李娜 give the same certificate number 500100");
    assertThat(out).doesNotExist();
  }

  @Test
  void theReportNamesEachInspectorWithTheCertificateAndCitesTheAdministrativePenaltyLaw() throws IOException {
    Path out = dir.resolve("team.pdf");
    Run run = Cli.run("inspect", SAMPLE, "-o", out.toString(), "--inspector", "张伟：50010012345",
        "--inspector", " 李娜 : 50010067890 ");

    assertThat(run.exitCode()).isZero();
    String flat = text(out).replaceAll("\\s+", "");
    assertThat(flat).contains("张伟（执法证号50010012345）、李娜（执法证号50010067890）", "《中华人民共和国行政处罚法》第四十二条");
    // the sample's access log breaches Art. 18(1) itself; the team is not judged by it
    int team = flat.indexOf("检查人员");
    assertThat(flat.substring(team, flat.indexOf("第四十二条", team))).doesNotContain("第十八条");
  }

  @Test
  void anExistingOutputIsKeptWithoutForce() throws IOException {
    Path out = dir.resolve("exists.pdf");
    Files.writeString(out, "keep");
    Run run = Cli.run("filing", SAMPLE, "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("keep");
  }

  @Test
  void aFontThatCannotBeHadIsAUsageErrorAndNothingIsWritten() {
    Path out = dir.resolve("nofont.pdf");
    Run missing = Cli.run("filing", SAMPLE, "-o", out.toString(), "--font", dir.resolve("none.ttf").toString());
    Run wrongKind = Cli.run("filing", SAMPLE, "-o", out.toString(), "--font", dir.resolve("font.woff").toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--font", "none.ttf", "cannot be read");
    assertThat(wrongKind.exitCode()).isEqualTo(2);
    assertThat(wrongKind.err()).contains("not a TrueType font");
    assertThat(out).doesNotExist();
  }

  @Test
  void charactersTheFontLacksAreNamed(@TempDir Path tmp) {
    Path survey = SurveyFiles.write(tmp.resolve("s"), SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C\uD83D\uDCF7", ""));
    Run run = Cli.run("filing", survey.toString(), "-o", tmp.resolve("p.pdf").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("has no glyph for 1 character(s)", "U+1F4F7");
  }

  @Test
  void everyFontIsEmbeddedAndEveryPageRenders() throws Exception {
    assumeTrue(Tools.onPath("pdffonts") && Tools.onPath("pdftoppm"), "poppler-utils are not installed");
    for (Path pdf : List.of(report, packet)) {
      List<String> fonts = exec("pdffonts", pdf.toString());
      assertThat(fonts.size()).as("a header and at least one font").isGreaterThan(2);
      for (String line : fonts.subList(2, fonts.size())) {
        assertThat(line).as("embedded: %s", line).matches(".*\\s+yes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$");
      }
      Path pages = Files.createDirectories(dir.resolve(pdf.getFileName() + "-pages"));
      exec("pdftoppm", "-r", "30", "-png", pdf.toString(), pages.resolve("p").toString());
      try (Stream<Path> pngs = Files.list(pages)) {
        assertThat(pngs.count()).isEqualTo(new PdfReader(pdf.toString()).getNumberOfPages());
      }
    }
  }

  /** Every page's text as OpenPDF extracts it, pages separated by a form feed line. */
  /** The report's workbook: frozen header, filters and widths on every sheet, and LibreOffice opens it. */
  @Test
  void theWorkbookHasFrozenHeadersFiltersAndWidthsAndOpensInLibreOffice(@TempDir Path work)
      throws IOException, InterruptedException {
    try (InputStream in = Files.newInputStream(reportXlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Sheet sheet : book) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
        assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
            .as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isGreaterThanOrEqualTo(8 * 256);
      }
    }
    String office = Tools.libreOffice();
    assumeTrue(office != null, "LibreOffice (soffice) is not installed");
    Process p = new ProcessBuilder(office, "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", work.toString(), reportXlsx.toString())
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(said).isZero();
    String csv = Files.readString(work.resolve(reportXlsx.getFileName().toString().replace(".xlsx", ".csv")),
        StandardCharsets.UTF_8);
    assertThat(csv).as("the first sheet, the sites").contains("JFB-HOTEL-3F");
  }

  /** The report prints every duty of the checklist with the inspector's answer, and a no becomes a finding. */
  @Test
  void theReportPrintsTheWholeChecklistWithItsAnswers(@TempDir Path work) throws IOException {
    Path survey = Files.createDirectories(work.resolve("survey"));
    for (String layer : List.of("sites", "cameras", "zones", "obstacles")) {
      Files.copy(Path.of(SampleSurveys.sample("jiefangbei").toString(), layer + ".geojson"), survey.resolve(layer + ".geojson"));
    }
    Files.writeString(survey.resolve("checklist.csv"), """
        site_id,article,item,answer,note,checked_by,when
        JFB-BANK,19,4,no,调取登记簿缺2024年3月记录,张伟,2024-04-02
        JFB-BANK,19,8,yes,,张伟,2024-04-02
        JFB-BANK,12,,na,,李娜,2024-04-02
        """, java.nio.charset.StandardCharsets.UTF_8);
    Path pdf = work.resolve("report.pdf");

    Run run = Cli.run("inspect", survey.toString(), "-o", pdf.toString(), "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890",
        "--date", "2024-04-02");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = text(pdf).replaceAll("\\s+", "");
    assertThat(text).contains("四、检查清单", "JFB-BANK", "ART19_CHECKLIST", "调取登记簿缺2024年3月记录", "检查人张伟",
        "对信息资料的录制人员", "第十一条第三款", "不适用", "第十七条");
    // prohibited acts are asked as "none found", so that 是 is the compliant answer on every row
    assertThat(text).contains("未发现盗窃、损毁公共视频系统的设施、设备的行为", "未发现拒绝公安机关调取").doesNotContain("未答");
    // 20 duties for the one site that answered: 3 answered, 17 left open with boxes to tick
    assertThat(text.split("□是□否□不适用", -1)).hasSize(18);
  }

  /**
   * The deadline is counted as every period is: 11 days from 2026-09-20 end on 2026-10-01, in the
   * National Day holiday, so on 2026-10-08; a deadline in 2027, a year the calendar has no notice
   * for yet, is counted by weekends alone and the report warns of it.
   */
  @Test
  void theDeadlineIsCountedByTheHolidayCalendar(@TempDir Path work) throws IOException {
    Path holiday = work.resolve("holiday.pdf");
    Path uncovered = work.resolve("uncovered.pdf");

    Run run = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", holiday.toString(), "--inspector", "张伟:50010012345",
        "--inspector", "李娜:50010012346", "--date", "2026-09-20", "--deadline", "11");
    Run late = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", uncovered.toString(), "--inspector", "张伟:50010012345",
        "--inspector", "李娜:50010012346", "--date", "2026-12-25", "--deadline", "15");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(text(holiday)).contains("整改期限 2026-10-08").doesNotContain("节假日日历缺少");
    assertThat(late.exitCode()).as(late.toString()).isZero();
    // 2027-01-09 is a Saturday: Monday 2027-01-11, by weekends alone
    assertThat(text(uncovered)).contains("整改期限 2027-01-11", "节假日日历缺少 2027 年");
  }

  static String text(Path pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf.toString());
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder out = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      out.append("--- page ").append(page).append('\n').append(extractor.getTextFromPage(page).strip()).append('\n');
    }
    reader.close();
    return out.toString();
  }

  private static List<String> exec(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    assertThat(p.waitFor()).as("%s: %s", String.join(" ", command), lines).isZero();
    return lines;
  }
}
