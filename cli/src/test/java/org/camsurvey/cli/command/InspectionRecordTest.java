package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code inspect --office FILE}: the inspection record (检查记录) stands as a part of its own between
 * the report and the notices, numbered by the office's record pattern, with time, place, the
 * inspectors and their certificates, the units and their particulars, what was checked, the
 * findings grouped as the notices group them, and lines for the inspectors, the person present
 * and a witness to sign; its text is pinned in Chinese and English.
 */
@Tag("slow")
class InspectionRecordTest {
  private static final String OFFICE = SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString();
  private static final String SAMPLE =
      Path.of("").toAbsolutePath().relativize(Path.of(SampleSurveys.sample("jiefangbei").toString())).toString();

  @ParameterizedTest
  @CsvSource({
      "zh, 张伟, 检查记录, 责令限期改正通知书, 见证人, 被检查单位负责人（在场人）, 重庆渝江商业银行股份有限公司解放碑支行",
      "en, Zhang Wei, Inspection Record, Notice to Rectify within a Time Limit, Witness, person present, 重庆渝江商业银行股份有限公司解放碑支行"})
  void theRecordIsAPartOfItsOwnBeforeTheNotices(String lang, String inspector, String title, String noticeTitle,
      String witness, String present, String unit, @TempDir Path work) throws IOException {
    Path pdf = work.resolve("report.pdf");
    Run run = Cli.run("inspect", SAMPLE, "-o", pdf.toString(), "--office", OFFICE, "--lang", lang, "--date", "2023-09-01",
        "--inspector", inspector + ":50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(pdf);
    int start = text.lastIndexOf("--- page ", text.indexOf("渝中公（治）检记字〔2023〕1号"));
    int end = text.lastIndexOf("--- page ", text.indexOf(noticeTitle));
    assertThat(start).as("the record, numbered by the office's pattern").isPositive();
    String record = text.substring(start, end);
    assertThat(record).contains(title, "重庆市公安局渝中区分局", "50010012345", "50010067890", witness, "JFB-MALL", "ST-05");
    assertThat(record.replaceAll("\\s+", "")).contains(present.replace(" ", ""), unit);
    // the record counts its own pages, from 1
    assertThat(record.replaceAll("\\s+", "")).containsAnyOf("第1页/共", "Page1of");
    Golden.assertText("jiefangbei-record." + lang + ".txt", record.replaceAll("--- page \\d+", "--- page"));
  }
}
