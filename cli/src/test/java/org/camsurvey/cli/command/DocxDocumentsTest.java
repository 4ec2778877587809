package org.camsurvey.cli.command;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE.docx}: the documents as Word files, end to end on the sample. Their text (that of
 * word/document.xml, paragraph by paragraph and cell by cell, in order) is pinned by golden files,
 * every line of it is in the PDF made from the same inputs, the bytes are reproducible, and
 * LibreOffice opens them (in CI, where it must be installed; elsewhere the test skips without it).
 */
@Tag("slow")
class DocxDocumentsTest {
  private static final String SAMPLE =
      Path.of("").toAbsolutePath().relativize(Path.of(SampleSurveys.sample("jiefangbei").toString())).toString();
  private static final String[] INSPECTORS = {"--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890"};
  @TempDir static Path dir;

  @BeforeAll
  static void writeTheSampleDocuments() {
    for (String lang : List.of("zh", "en")) {
      for (String ext : List.of("docx", "pdf")) {
        Run inspect = Cli.run(args("inspect", "-o", dir.resolve("report-" + lang + "." + ext).toString(), "--lang", lang));
        Run filing = Cli.run("filing", SAMPLE, "-o", dir.resolve("packet-" + lang + "." + ext).toString(), "--lang", lang);
        assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
        assertThat(filing.exitCode()).as(filing.toString()).isZero();
      }
    }
  }

  private static String[] args(String command, String... more) {
    List<String> all = new ArrayList<>(List.of(command, SAMPLE));
    all.addAll(List.of(INSPECTORS));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void theWordDocumentsTextMatchesItsGoldenFiles() throws IOException {
    for (String name : List.of("report-zh", "report-en", "packet-zh", "packet-en")) {
      List<String> lines = lines(dir.resolve(name + ".docx"));
      Golden.assertText("jiefangbei-" + name.replace("report", "inspect").replace("packet", "filing")
          .replace("-zh", ".zh").replace("-en", ".en") + ".docx.txt", String.join("\n", lines) + "\n");
    }
  }

  @Test
  void everyLineOfTheWordDocumentIsInThePdfOfTheSameInputs() throws IOException {
    for (String name : List.of("report-zh", "report-en", "packet-zh", "packet-en")) {
      // an English PDF hyphenates words at its line ends, which Word does as it lays out: compared without hyphens
      String pdf = DocumentCommandsTest.text(dir.resolve(name + ".pdf")).replaceAll("[\\s-]+", "");
      List<String> lines = lines(dir.resolve(name + ".docx"));
      assertThat(lines).as(name).hasSizeGreaterThan(100);
      for (String line : lines) {
        assertThat(pdf).as("%s: a line of the DOCX is not in the PDF", name).contains(line.replaceAll("[\\s-]+", ""));
      }
    }
  }

  @Test
  void theWordDocumentIsARealWordDocument() throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve("report-zh.docx")); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables()).as("findings, summary, checklist and signatures are Word tables").hasSizeGreaterThan(20);
      assertThat(doc.getTables().get(1).getRow(0).isRepeatHeader()).as("the summary's header row repeats").isTrue();
      assertThat(doc.getStyles().getStyle("Heading1")).isNotNull();
      assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("二、检查发现"));
      assertThat(doc.getAllPictures()).as("the sample's two photos and seven maps").hasSize(9);
      assertThat(doc.getFooterList()).hasSize(1);
    }
    assertThat(Tools.entry(dir.resolve("report-zh.docx"), "word/footer1.xml")).contains(" PAGE ", " NUMPAGES ", "CS-INS-20230830-");
    String xml = Tools.entry(dir.resolve("report-zh.docx"), "word/styles.xml");
    assertThat(xml).contains("w:eastAsia=\"宋体\"");
    assertThat(Tools.entry(dir.resolve("report-zh.docx"), "docProps/core.xml")).contains("2023-08-30T00:00:00Z");
  }

  @Test
  void theWordDocumentHasEachMapOfThePdfAsAPictureAtThreeHundredDpi() throws IOException {
    // the PDF's maps are 330 pt tall in the report and 320 pt in the packet, the text's width (495.3 pt) wide
    for (String name : List.of("report-zh", "report-en", "packet-zh", "packet-en")) {
      List<String> pdfMaps = DocumentCommandsTest.text(dir.resolve(name + ".pdf")).lines().map(String::strip)
          .filter(l -> l.endsWith(" 覆盖图") || l.startsWith("Coverage map: ")).map(l -> l.replaceAll("\\s+", "")).toList();
      String xml = Tools.entry(dir.resolve(name + ".docx"), "word/document.xml");
      List<String> docxMaps = Pattern.compile("<wp:docPr [^>]*descr=\"([^\"]*)\"").matcher(xml).results()
          .map(m -> m.group(1)).filter(d -> !d.startsWith("photo")).map(d -> d.replaceAll("\\s+", "")).toList();
      assertThat(pdfMaps).as(name).hasSize(7);
      assertThat(docxMaps).as("%s: a picture for each map of the PDF, in its order, titled as it is", name)
          .containsExactlyElementsOf(pdfMaps);
      int height = name.startsWith("report") ? 1375 : 1333;
      List<BufferedImage> maps = new ArrayList<>();
      try (ZipFile zip = new ZipFile(dir.resolve(name + ".docx").toFile())) {
        for (ZipEntry e : zip.stream().filter(e -> e.getName().startsWith("word/media/")).toList()) {
          BufferedImage image = ImageIO.read(zip.getInputStream(e));
          assertThat(image).as("%s: %s decodes", name, e.getName()).isNotNull();
          if (image.getWidth() == 2064) {
            maps.add(image);
          }
        }
      }
      assertThat(maps).as(name).hasSize(7).allSatisfy(m -> assertThat(m.getHeight()).isEqualTo(height));
    }
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    Path again = dir.resolve("again.docx");
    Run run = Cli.run(args("inspect", "-o", again.toString(), "--lang", "zh"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dir.resolve("report-zh.docx")));
    try (ZipFile zip = new ZipFile(again.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getTimeLocal).distinct().toList())
          .containsExactly(java.time.LocalDateTime.of(2023, 8, 30, 0, 0));
    }
  }

  @Test
  void aWordDocumentIsNotSigned(@TempDir Path work) throws IOException {
    Path out = work.resolve("report.docx");
    Run run = Cli.run(args("inspect", "-o", out.toString(), "--sign", work.resolve("key.p12").toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--sign signs a PDF");
    assertThat(out).doesNotExist();
  }

  @Test
  void libreOfficeOpensTheWordDocuments(@TempDir Path work) throws IOException, InterruptedException {
    String office = Tools.requiredLibreOffice();
    for (String name : List.of("report-zh", "packet-en")) {
      Process p = new ProcessBuilder(office, "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
          "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work.toString(), dir.resolve(name + ".docx").toString())
          .redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(said).isZero();
      Path txt = work.resolve(name + ".txt");
      assertThat(txt).as(said).exists();
      String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
      for (String line : lines(dir.resolve(name + ".docx"))) {
        assertThat(text).contains(line.replaceAll("\\s+", ""));
      }
    }
  }

  /** The text of word/document.xml: each paragraph, and each table cell's paragraphs, in order. */
  static List<String> lines(Path docx) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          add(lines, p.getText());
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              cell.getParagraphs().forEach(p -> add(lines, p.getText()));
            }
          }
        }
      }
    }
    return lines;
  }

  private static void add(List<String> lines, String text) {
    if (!text.isBlank()) {
      lines.add(text);
    }
  }
}
