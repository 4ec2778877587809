package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filing --remedies} and {@code inspect --remedies}: fix's proposal as an annex of the document. */
@Tag("slow")
class RemediesAnnexTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  @TempDir Path dir;

  @Test
  void theInspectionReportEndsWithTheProposalInChinese() throws IOException {
    Path report = dir.resolve("report.pdf");
    Run run = Cli.run("inspect", SAMPLE, "-o", report.toString(), "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890",
        "--remedies");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String annex = annex(DocumentCommandsTest.text(report), "附件：整改方案");
    assertThat(annex).contains("调整方向角", "拆除或迁移", "ART9_INSIDE_FORBIDDEN", "ART9_FORBIDDEN_VIEW");
    // a cell may wrap: the cover before and after, whatever the line it falls on
    assertThat(annex.replaceAll("\\s+", " ")).contains("Z-ST-02 37.6% → 98.6%");
    Golden.assertText("jiefangbei-remedies-annex.zh.txt", annex);
  }

  @Test
  void theFilingPacketInEnglishEndsWithTheProposal() throws IOException {
    Path packet = dir.resolve("packet.pdf");
    Run run = Cli.run("filing", SAMPLE, "-o", packet.toString(), "--lang", "en", "--remedies");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(annex(DocumentCommandsTest.text(packet), "Annex: proposed remedies"))
        .contains("remove or relocate", "(Art. 24; Art. 9(4))", "narrow the angle", "50° → 33.5°");
  }

  @Test
  void underTheRegulationTheAnnexProposesItsRemedy() throws IOException {
    Path report = dir.resolve("report.pdf");
    Run run = Cli.run("inspect", SAMPLE, "-o", report.toString(), "--lang", "en", "--law", "cn2025",
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890", "--remedies");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(annex(DocumentCommandsTest.text(report), "Annex: proposed remedies"))
        .contains("CN8_INSIDE_FORBIDDEN", "CN10_NO_CONSENT", "CN7_UNCOVERED", "(Art. 27(1);")
        .doesNotContain("ART9_");
  }

  @Test
  void withoutTheOptionThereIsNoAnnex() throws IOException {
    Path packet = dir.resolve("packet.pdf");
    Cli.run("filing", SAMPLE, "-o", packet.toString(), "--lang", "en");

    assertThat(DocumentCommandsTest.text(packet)).doesNotContain("Annex: proposed remedies");
  }

  /** The document's text from the annex's title on, page footers and all. */
  private static String annex(String text, String title) {
    int at = text.indexOf(title);
    assertThat(at).as("the annex's title").isNotNegative();
    return text.substring(at);
  }
}
