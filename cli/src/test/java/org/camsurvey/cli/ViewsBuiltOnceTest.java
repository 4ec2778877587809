package org.camsurvey.cli;

import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.view.CameraView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command builds each camera's views once: the documents draw the views their check built, so
 * an inspection report, a filing packet or batch's reports cost no view beyond the check's.
 */
@Tag("slow")
class ViewsBuiltOnceTest {
  private static final List<String> DOCUMENT = List.of("--inspector", "张伟:50010012345", "--inspector",
      "李娜:50010067890", "--date", "2023-09-01");

  @Test
  void theInspectionReportAndTheFilingPacketBuildNoViewBeyondTheirCheck(@TempDir Path dir) {
    String sample = SampleSurveys.sample("jiefangbei").toString();
    long check = viewsBuiltBy("check", sample, "--format", "json", "-o", dir.resolve("findings.json").toString());
    long inspect = viewsBuiltBy(with(DOCUMENT, "inspect", sample, "-o", dir.resolve("report.pdf").toString()));
    long filing = viewsBuiltBy("filing", sample, "-o", dir.resolve("packet.pdf").toString(), "--date", "2023-09-01");

    assertThat(check).as("views the check builds").isPositive();
    assertThat(inspect).as("views inspect builds").isEqualTo(check);
    assertThat(filing).as("views filing builds").isEqualTo(check);
  }

  @Test
  void theFiledViewsAreBuiltOnceWhateverTheLaws() {
    String sample = SampleSurveys.sample("jiefangbei").toString();
    String filed = Path.of(sample, "filed").toString();
    long measures = viewsBuiltBy("check", sample, "--baseline", filed, "--format", "json");
    long both = viewsBuiltBy("check", sample, "--baseline", filed, "--law", "cn2025,cq2009", "--format", "json");
    long regulation = viewsBuiltBy("check", sample, "--baseline", filed, "--law", "cn2025", "--format", "json");
    long without = viewsBuiltBy("check", sample, "--format", "json");

    assertThat(measures).as("a changed camera's filed view is built").isGreaterThan(without);
    assertThat(both).as("views the filed baseline costs under both laws").isEqualTo(measures);
    assertThat(regulation).as("views the filed baseline costs under the regulation").isEqualTo(measures);
  }

  @Test
  void batchBuildsTheSameViewsWithItsReportsAsWithout(@TempDir Path dir) {
    String sample = SampleSurveys.sample("jiefangbei").toString();
    long findings = viewsBuiltBy("batch", sample, "--out-dir", dir.resolve("findings").toString(), "--jobs", "1");
    long reports = viewsBuiltBy(with(DOCUMENT, "batch", sample, "--out-dir", dir.resolve("reports").toString(),
        "--jobs", "1", "--reports"));

    assertThat(findings).as("views batch builds").isPositive();
    assertThat(reports).as("views batch --reports builds").isEqualTo(findings);
  }

  private static long viewsBuiltBy(String... args) {
    long before = CameraView.builtSoFar();
    Run run = Cli.run(args);
    assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.VIOLATIONS);
    return CameraView.builtSoFar() - before;
  }

  private static String[] with(List<String> more, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(more);
    return all.toArray(String[]::new);
  }
}
