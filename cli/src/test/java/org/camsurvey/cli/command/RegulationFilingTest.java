package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filing --law cn2025}: the regulation's Art. 14 form, alone or before the measures' Art. 15 packet. */
@Tag("slow")
class RegulationFilingTest {
  /** The sample as a path from the working folder, as {@link DocumentCommandsTest} has it for its goldens. */
  private static final String SAMPLE =
      Path.of("").toAbsolutePath().relativize(Path.of(SampleSurveys.sample("jiefangbei").toString())).toString();

  @TempDir Path dir;

  private String filing(String... options) throws IOException {
    Path out = dir.resolve("form.pdf");
    String[] args = new String[options.length + 4];
    args[0] = "filing";
    args[1] = SAMPLE;
    args[2] = "-o";
    args[3] = out.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    Run run = Cli.run(args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return DocumentCommandsTest.text(out);
  }

  @Test
  void theFormInChineseMatchesItsGoldenFile() throws IOException {
    String text = filing("--law", "cn2025", "--date", "2026-11-20");

    assertThat(text).contains("公共安全视频图像信息系统备案表",
        "依据《公共安全视频图像信息系统管理条例》（国务院，2025-04-01 起施行）", "单位基本情况", "统一社会信用代码",
        "图像采集设备数量及类型", "视频图像信息存储期限", "备案变更")
        .doesNotContain("公共安全视频图像信息系统备案材料", "验收");
    Golden.assertText("jiefangbei-filing.cn2025.zh.txt", text);
  }

  @Test
  void theFormInEnglishMatchesItsGoldenFile() throws IOException {
    String text = filing("--law", "cn2025", "--date", "2026-11-20", "--lang", "en");

    assertThat(text).contains("Filing Form", "Article 14", "image collection devices", "Total");
    Golden.assertText("jiefangbei-filing.cn2025.en.txt", text);
  }

  @Test
  void bothLawsGiveTheFormThenThePacketAndSayWhichPrevails() throws IOException {
    String text = filing("--law", "cn2025,cq2009", "--date", "2026-11-20");

    assertThat(text).contains("效力高于", "验收");
    assertThat(text.indexOf("公共安全视频图像信息系统备案表")).isLessThan(text.indexOf("公共安全视频图像信息系统备案材料"))
        .isNotNegative();
  }

  @Test
  void locationsArePrintedInTheDatumAsked() throws IOException {
    String wgs84 = filing("--law", "cn2025", "--date", "2026-11-20");
    String gcj02 = filing("--law", "cn2025", "--date", "2026-11-20", "--print-datum", "gcj02", "--force");

    assertThat(gcj02).contains("GCJ-02").isNotEqualTo(wgs84);
  }

  @Test
  void theFormIsAlsoWrittenAsAWordDocument() throws IOException {
    Path docx = dir.resolve("form.docx");
    Run run = Cli.run("filing", SAMPLE, "-o", docx.toString(), "--law", "cn2025", "--date", "2026-11-20");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText()).contains("公共安全视频图像信息系统备案表", "图像采集设备数量及类型");
    }
  }

  @Test
  void splitWritesEachUnitsFormApart() throws IOException {
    Path split = dir.resolve("split");
    String whole = filing("--law", "cn2025", "--date", "2026-11-20", "--split", split.toString());

    // the sample's seven sites belong to six units: the hotel runs both of its sites
    assertThat(whole.replaceAll("\\s+", "")).contains("CS-FIL-20261120-74249441-6")
        .doesNotContain("CS-FIL-20261120-74249441-7");
    try (Stream<Path> files = Files.list(split)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "CS-FIL-20261120-74249441-1.pdf", "CS-FIL-20261120-74249441-2.pdf", "CS-FIL-20261120-74249441-3.pdf",
          "CS-FIL-20261120-74249441-4.pdf", "CS-FIL-20261120-74249441-5.pdf", "CS-FIL-20261120-74249441-6.pdf");
    }
    String hotel = DocumentCommandsTest.text(split.resolve("CS-FIL-20261120-74249441-5.pdf"));
    assertThat(hotel).contains("公共安全视频图像信息系统备案表", "JFB-HOTEL", "JFB-HOTEL-3F", "备案单位（盖章）")
        .doesNotContain("JFB-BANK", "公共安全视频图像信息系统备案材料");
    Golden.assertText("jiefangbei-filing.cn2025.hotel.zh.txt", hotel);
    // the hotel is an other public place, spared the filing duty (Art. 9(2)); the mall must file
    assertThat(hotel.replaceAll("\\s+", "")).contains("依第九条第二款，第十四条的备案要求不适用于本单位");
    assertThat(DocumentCommandsTest.text(split.resolve("CS-FIL-20261120-74249441-4.pdf"))).contains("JFB-MALL")
        .doesNotContain("第九条第二款");
  }

  @Test
  void splitUnderBothLawsGivesEachUnitItsFormThenItsPacketAsWordDocuments() throws IOException {
    Path split = dir.resolve("split");
    Run run = Cli.run("filing", SAMPLE, "-o", dir.resolve("both.docx").toString(), "--law", "cn2025,cq2009",
        "--date", "2026-11-20", "--split", split.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    try (InputStream in = Files.newInputStream(split.resolve("CS-FIL-20261120-74249441-5.docx"));
        XWPFDocument document = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text.indexOf("公共安全视频图像信息系统备案表")).isNotNegative()
          .isLessThan(text.indexOf("公共安全视频图像信息系统备案材料"));
      assertThat(text).contains("JFB-HOTEL-3F").doesNotContain("JFB-BANK");
    }
    try (Stream<Path> files = Files.list(split)) {
      assertThat(files).hasSize(6).allMatch(p -> p.toString().endsWith(".docx"));
    }
  }

  @Test
  void remediesAnnexTheProposalUnderTheRegulationInAPartOfItsOwn() throws IOException {
    String text = filing("--law", "cn2025", "--date", "2026-11-20", "--lang", "en", "--remedies");

    String annex = text.substring(text.indexOf("Annex: proposed remedies"));
    assertThat(annex).contains("CN8_INSIDE_FORBIDDEN", "CN10_NO_CONSENT", "CN7_UNCOVERED", "(Art. 27(1);")
        .doesNotContain("ART9_", "Filing Form");
    // six units' forms, then the annex as a seventh part
    assertThat(annex.replaceAll("\\s+", "")).contains("CS-FIL-20261120-74249441-7");
    Golden.assertText("jiefangbei-filing.cn2025.remedies.en.txt", annex);
  }

  @Test
  void remediesUnderBothLawsAreLawfulUnderBoth() throws IOException {
    String text = filing("--law", "cn2025,cq2009", "--date", "2026-11-20", "--lang", "en", "--remedies");

    String annex = text.substring(text.indexOf("Annex: proposed remedies"));
    assertThat(annex).contains("cq2009 Art. 24", "cn2025 Art. 27(1)");
    assertThat(text.indexOf("Annex: proposed remedies")).isGreaterThan(text.indexOf("Acceptance signatures"));
  }

  @Test
  void eachUnitsFormHasItsOwnSignatureBlock() throws IOException {
    String text = filing("--law", "cn2025", "--date", "2026-11-20");

    assertThat(text.split("备案单位（盖章）", -1)).as("six units, six blocks").hasSize(7);
  }

  @Test
  void theFormIsSplitNeitherSignedNorAnnexedAsThePacketIsNot() {
    Run signed = Cli.run("filing", SAMPLE, "-o", dir.resolve("x.pdf").toString(), "--law", "cn2025", "--split",
        dir.resolve("split").toString(), "--sign", dir.resolve("key.p12").toString());
    Run annexed = Cli.run("filing", SAMPLE, "-o", dir.resolve("x.pdf").toString(), "--law", "cn2025", "--site",
        "JFB-BANK", "--remedies");

    assertThat(signed.exitCode()).isEqualTo(2);
    assertThat(signed.err()).contains("--sign signs the whole survey's packet or form");
    assertThat(annexed.exitCode()).isEqualTo(2);
    assertThat(annexed.err()).contains("--remedies");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
    assertThat(dir.resolve("split")).doesNotExist();
  }
}
