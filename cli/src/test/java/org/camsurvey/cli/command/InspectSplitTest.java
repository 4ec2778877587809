package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect --split DIR}: the report and each rectification notice also written on its own,
 * named by its number, in -o's format, all or nothing.
 */
@Tag("slow")
class InspectSplitTest {
  private static final String OFFICE = SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString();
  private static final String REPORT = "CS-INS-20230830-74249441";
  /** The inspection record's number, by the sample office's record_number pattern. */
  private static final String RECORD = "渝中公（治）检记字〔2023〕1号";

  private static Run inspect(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o",
        out.toString(), "--office", OFFICE, "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void theReportTheRecordAndEachNoticeAreWrittenOnTheirOwnNamedByTheirNumbers(@TempDir Path work) throws IOException {
    Path split = work.resolve("split");
    Run run = inspect(work.resolve("report.pdf"), "--split", split.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(work.resolve("report.pdf")).exists();
    List<String> names = new ArrayList<>();
    for (int seq = 1; seq <= 5; seq++) {
      names.add("渝中公（治）责改字〔2023〕" + seq + "号.pdf");
    }
    names.add(REPORT + ".pdf");
    names.add(RECORD + ".pdf");
    assertThat(files(split)).containsExactlyInAnyOrderElementsOf(names);
    String record = DocumentCommandsTest.text(split.resolve(RECORD + ".pdf")).replaceAll("\\s+", "");
    assertThat(record).startsWith("---page1").contains("检查记录", RECORD).doesNotContain(REPORT, "二、检查发现");
    String report = DocumentCommandsTest.text(split.resolve(REPORT + ".pdf")).replaceAll("\\s+", "");
    assertThat(report).contains("二、检查发现", REPORT).doesNotContain("被检查单位意见", "责改字〔2023〕2号");
    String second = DocumentCommandsTest.text(split.resolve("渝中公（治）责改字〔2023〕2号.pdf")).replaceAll("\\s+", "");
    assertThat(second).startsWith("---page1").contains("责令限期改正通知书", "被检查单位意见", "第1页/共")
        .doesNotContain("责改字〔2023〕1号", "责改字〔2023〕3号", REPORT, "二、检查发现");
    String whole = DocumentCommandsTest.text(work.resolve("report.pdf")).replaceAll("\\s+", "");
    assertThat(whole).as("each part of the whole is a file of its own").contains(second.substring(second.indexOf(
        "责令限期改正通知书"), second.indexOf("责令限期改正通知书") + 60));
  }

  @Test
  void aWordReportSplitsIntoWordDocuments(@TempDir Path work) throws IOException {
    Path split = work.resolve("split");
    Run run = inspect(work.resolve("report.docx"), "--split", split.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(files(split)).hasSize(7).allMatch(n -> n.endsWith(".docx"));
    Path notice = split.resolve("渝中公（治）责改字〔2023〕1号.docx");
    try (InputStream in = Files.newInputStream(notice); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getFooterList()).as("one section: the notice alone").hasSize(1);
      assertThat(doc.getFooterList().get(0).getText()).contains("渝中公（治）责改字〔2023〕1号", "Page 1 of 1");
    }
    List<String> lines = DocxDocumentsTest.lines(notice);
    List<String> whole = DocxDocumentsTest.lines(work.resolve("report.docx"));
    assertThat(whole).as("the notice's text, as it stands in the whole").containsSequence(lines);
  }

  @Test
  void aFileOfTheSameNameInTheFolderIsNotReplacedWithoutForce(@TempDir Path work) throws IOException {
    Path split = Files.createDirectories(work.resolve("split"));
    Path kept = Files.writeString(split.resolve("渝中公（治）责改字〔2023〕3号.pdf"), "an earlier notice");
    Run run = inspect(work.resolve("report.pdf"), "--split", split.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("〔2023〕3号.pdf").doesNotContain("Exception");
    assertThat(files(split)).as("nothing half written").containsExactly(kept.getFileName().toString());
    assertThat(Files.readString(kept)).isEqualTo("an earlier notice");
    assertThat(work.resolve("report.pdf")).doesNotExist();

    Run forced = inspect(work.resolve("report.pdf"), "--split", split.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(files(split)).hasSize(7);
  }

  @Test
  void aSplitReportIsNotSigned(@TempDir Path work) {
    Run run = inspect(work.resolve("report.pdf"), "--split", work.resolve("split").toString(), "--sign",
        work.resolve("key.p12").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--sign signs the whole report: leave out --split");
    assertThat(work.resolve("split")).doesNotExist();
  }

  @Test
  void aNumberBecomesAFileNameEverySystemTakes() {
    assertThat(SplitDocuments.fileName("渝中公（治）责改字〔2023〕1号")).isEqualTo("渝中公（治）责改字〔2023〕1号");
    assertThat(SplitDocuments.fileName("A/B\\C:D*E?F\"G<H>I|J")).isEqualTo("A_B_C_D_E_F_G_H_I_J");
    assertThat(SplitDocuments.fileName("No. 5. ")).isEqualTo("No. 5");
    assertThat(SplitDocuments.fileName("..")).isEqualTo("_");
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }
}
