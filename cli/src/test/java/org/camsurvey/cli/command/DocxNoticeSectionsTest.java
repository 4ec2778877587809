package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect --office -o FILE.docx}: each rectification notice is a Word section of its own,
 * numbering its pages from 1 and counting them apart in its own footer, as the PDF's notices do;
 * LibreOffice lays the sections out so (in CI, where it must be installed).
 */
@Tag("slow")
class DocxNoticeSectionsTest {
  /** The inspection record, a part of its own between the report and the notices. */
  private static final String RECORD = "渝中公（治）检记字〔2023〕1号";
  private static final String OFFICE = SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString();
  /** The sample's units with something to rectify: five notices. */
  private static final int NOTICES = 5;
  private static final Pattern PAGE_ZH = Pattern.compile("第(\\d+)页/共(\\d+)页");
  private static final Pattern PAGE_EN = Pattern.compile("Page(\\d+)of(\\d+)");

  private static Path write(Path work, String lang) {
    Path docx = work.resolve("report-" + lang + ".docx");
    Run run = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", docx.toString(), "--office", OFFICE,
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890", "--lang", lang);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return docx;
  }

  @Test
  void eachNoticeIsASectionWithItsOwnFooterCountingItsOwnPages(@TempDir Path work) throws IOException {
    Path docx = write(work, "zh");
    String xml = Tools.entry(docx, "word/document.xml");

    assertThat(count(xml, "<w:sectPr")).as("the report, the record, then a section per notice").isEqualTo(2 + NOTICES);
    assertThat(count(xml, "<w:pgNumType w:start=\"1\"/>")).as("the record and each notice number their pages from 1")
        .isEqualTo(1 + NOTICES);
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFFooter> footers = doc.getFooterList();
      assertThat(footers).hasSize(2 + NOTICES);
      List<String> texts = footers.stream().map(XWPFFooter::getText).toList();
      assertThat(texts).as("the report's footer").anyMatch(t -> t.contains("CS-INS-20230830-"));
      assertThat(texts).as("the record's footer").anyMatch(t -> t.contains(RECORD));
      for (int seq = 1; seq <= NOTICES; seq++) {
        String number = "渝中公（治）责改字〔2023〕" + seq + "号";
        assertThat(texts).as("a footer of its own for notice %s", number).anyMatch(t -> t.contains(number));
      }
    }
    for (int i = 1; i <= 2 + NOTICES; i++) {
      String footer = Tools.entry(docx, "word/footer" + i + ".xml");
      assertThat(footer).contains(" PAGE ", " SECTIONPAGES ", "第 ", " 页 / 共 ").doesNotContain(" NUMPAGES ");
    }
  }

  @Test
  void libreOfficeNumbersEachNoticesPagesFromOneOfItsOwnCount(@TempDir Path work) throws IOException,
      InterruptedException {
    String office = Tools.requiredLibreOffice();
    for (String lang : List.of("zh", "en")) {
      Path docx = write(work, lang);
      Process p = new ProcessBuilder(office, "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
          "--convert-to", "pdf", "--outdir", work.toString(), docx.toString()).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(said).isZero();
      List<String> pages = pdfToText(work.resolve("report-" + lang + ".pdf"));
      Pattern pageOf = lang.equals("zh") ? PAGE_ZH : PAGE_EN;
      // each page's footer says page x of y, x from 1 within each document; y is SECTIONPAGES, which Word and
      // WPS count but LibreOffice 7.4 leaves at the value the file carries, so only x is LibreOffice's to check
      List<Integer> numbers = new ArrayList<>();
      for (String page : pages) {
        Matcher m = pageOf.matcher(page.replaceAll("\\s+", ""));
        assertThat(m.find()).as("%s: a page without page x of y: %s", lang, page).isTrue();
        numbers.add(Integer.parseInt(m.group(1)));
      }
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (numbers.get(i) == 1) {
          starts.add(i);
        } else {
          assertThat(numbers.get(i)).as("%s: page %d of the converted file", lang, i + 1).isEqualTo(numbers.get(i - 1) + 1);
        }
      }
      assertThat(starts).as("%s: the report, the record and the notices, each numbering its own pages", lang)
          .hasSize(2 + NOTICES);
      assertThat(pages.get(starts.get(1)).replaceAll("\\s+", "")).as("%s: the record's first page", lang).contains(RECORD);
      for (int d = 1; d + 1 < starts.size(); d++) {
        assertThat(pages.get(starts.get(d + 1)).replaceAll("\\s+", "")).as("%s: notice %d's first page", lang, d)
            .contains("责改字〔2023〕" + d + "号");
      }
    }
  }

  /** The text of each page, by poppler's pdftotext (LibreOffice's embedded fonts defeat OpenPDF's extractor). */
  private static List<String> pdfToText(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return Stream.of(text.split("\f")).filter(s -> !s.isBlank()).toList();
  }

  private static int count(String s, String what) {
    return s.split(Pattern.quote(what), -1).length - 1;
  }
}
