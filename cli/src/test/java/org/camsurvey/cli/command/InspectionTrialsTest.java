package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trials, run as an inspector would: twelve units with 80-character names and sixty
 * findings of one kind at one site ({@link TrialSurvey}), in Chinese and in English, as a PDF and
 * as a Word document. Every unit gets its notice and the record names it; the sixty findings
 * stay a few pages in the report, the record and the street's notice.
 */
@Tag("slow")
class InspectionTrialsTest {
  private static final String OFFICE = SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString();
  /** The pages of one part, from its footer: its number, then "共 N 页" or "of N". */
  private static final String PAGES = "(?:共(\\d+)页|of(\\d+))";

  @ParameterizedTest
  @CsvSource({"zh, 张伟, （60处）, 20", "en, Zhang Wei, (60instance(s)), 23"})
  void twelveUnitsWithLongNamesAndSixtyFindingsAtOneSite(String lang, String inspector, String instances,
      int reportPages, @TempDir Path temp) throws IOException {
    Path work = fixedLength(temp);
    List<String> names = TrialSurvey.write(work.resolve("survey"));
    Path pdf = work.resolve("report.pdf");
    Path docx = work.resolve("report.docx");
    String[] args = {"inspect", work.resolve("survey").toString(), "-o", pdf.toString(), "--office", OFFICE,
        "--lang", lang, "--date", "2023-09-01", "--inspector", inspector + ":50010012345", "--inspector", "李娜:50010067890"};

    Run run = Cli.run(args);
    args[3] = docx.toString();
    Run word = Cli.run(args);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).as("no glyph missing, nothing else said").isEmpty();
    assertThat(word.exitCode()).as(word.toString()).isZero();
    assertThat(docx).isNotEmptyFile();
    String text = DocumentCommandsTest.text(pdf).replaceAll("\\s+", "");
    for (int seq = 1; seq <= TrialSurvey.UNITS; seq++) {
      assertThat(text).contains("渝中公（治）责改字〔2023〕" + seq + "号");
    }
    assertThat(text).doesNotContain("渝中公（治）责改字〔2023〕" + (TrialSurvey.UNITS + 1) + "号");
    String record = text.substring(text.indexOf("渝中公（治）检记字〔2023〕1号"), text.indexOf("渝中公（治）责改字〔2023〕1号"));
    for (String name : names) {
      assertThat(record).as("the record names every unit").contains(name);
      assertThat(text.split(Pattern.quote(name), -1).length).as("%s has a notice", name).isGreaterThan(3);
    }
    assertThat(record).contains(instances, "ST-X01", "ST-X60");
    // twelve units with their particulars, the checklist and twelve groups: measured 9 pages in Chinese
    assertThat(pages(text, "检记字〔2023〕1号")).as("the record's pages").isLessThanOrEqualTo(10);
    assertThat(pages(text, "责改字〔2023〕1号")).as("the street's notice's pages, sixty findings").isLessThanOrEqualTo(4);

    String report = text.substring(0, text.indexOf("渝中公（治）检记字〔2023〕1号"));
    assertThat(report).as("the street's sixty findings, one table numbered as the maps number them")
        .contains("(13)–(72)", "(13)ST-X01", "(72)ST-X60", "(13)–(72)ART15_NOT_FILEDJFB-STREET");
    assertThat(report.split(Pattern.quote("本办法实施前已建成的公共视频系统"), -1).length - 1)
        .as("Art. 15 quoted once a site, not once a camera").isEqualTo(TrialSurvey.UNITS);
    Matcher number = Pattern.compile("CS-INS-20230901-[0-9A-F]{8}").matcher(report);
    assertThat(number.find()).as("the report's number").isTrue();
    // twelve sites' findings, checklists and maps: measured 19 pages in Chinese, 22 in English (32
    // and 37 when every finding had a table of its own)
    assertThat(pages(text, number.group())).as("the report's pages").isLessThanOrEqualTo(reportPages);

    // the grouped findings in both renderings, pinned, and the Word document's the PDF's
    DocumentText words = DocumentText.of(lang.equals("zh") ? Language.ZH : Language.EN);
    List<String> pdfFindings = joinedAfterThePath(findings(DocumentCommandsTest.text(pdf).lines().toList(), words, work),
        lang.equals("zh") ? "" : " ");
    List<String> docxFindings = findings(DocxDocumentsTest.lines(docx), words, work);
    Golden.assertText("trial-inspect-findings." + lang + ".txt", String.join("\n", pdfFindings) + "\n");
    Golden.assertText("trial-inspect-findings." + lang + ".docx.txt", String.join("\n", docxFindings) + "\n");
    // an English PDF hyphenates words at its line ends, which Word does as it lays out: compared without hyphens
    String pdfText = String.join("", pdfFindings).replaceAll("[\\s-]+", "");
    for (String line : docxFindings) {
      assertThat(pdfText).as("a line of the DOCX is not in the PDF").contains(line.replaceAll("[\\s-]+", ""));
    }
  }

  /**
   * The report's findings section: the lines from its heading to the next section's, the survey's
   * temporary folder (in the access log's path) written as {@code <trial>}.
   */
  private static List<String> findings(List<String> lines, DocumentText words, Path work) {
    List<String> stripped = lines.stream().map(l -> l.strip().replace(work.toString(), "<trial>")).toList();
    int from = stripped.indexOf(words.text("section.findings"));
    int to = stripped.indexOf(words.text("section.official"));
    assertThat(from).as("the findings' heading").isNotNegative().isLessThan(to);
    return stripped.subList(from, to);
  }

  /**
   * The PDF's lines with the one holding the survey's path joined to the next: the path's width
   * follows the temporary folder's name (its digits and the padding are not as wide as each
   * other), so where the line after it breaks varies from run to run, and in Chinese by a
   * character ("…csv 登" or "…csv 登记"). Joined, the words are the same whatever the width.
   */
  private static List<String> joinedAfterThePath(List<String> lines, String space) {
    List<String> joined = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("<trial>") && i + 1 < lines.size()) {
        line = line + space + lines.get(++i);
      }
      joined.add(line);
    }
    return joined;
  }

  /**
   * A folder in the temporary one whose path is always as long: the report prints the access log's
   * path, and a temporary folder's name a digit longer or shorter moved where its line broke
   * (the line after it may still break a character apart: {@link #joinedAfterThePath}).
   */
  private static Path fixedLength(Path temp) throws IOException {
    int length = 72;
    assertThat(temp.toString().length()).as("the temporary folder's path leaves room").isLessThan(length - 2);
    return Files.createDirectory(temp.resolve("t".repeat(length - temp.toString().length() - 1)));
  }

  /** The page count a part's footer gives. */
  private static int pages(String text, String number) {
    Matcher m = Pattern.compile(Pattern.quote(number) + "[^共o]{0,12}" + PAGES).matcher(text);
    assertThat(m.find()).as("a footer of %s", number).isTrue();
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }
}
