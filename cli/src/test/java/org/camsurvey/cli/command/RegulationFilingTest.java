package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void thePacketsOwnOptionsAreRefusedWithTheForm() {
    Run run = Cli.run("filing", SAMPLE, "-o", dir.resolve("x.pdf").toString(), "--law", "cn2025", "--split",
        dir.resolve("split").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--split").contains("cn2025");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }
}
