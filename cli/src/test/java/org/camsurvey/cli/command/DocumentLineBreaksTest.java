package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line of the sample's Chinese documents (the report with its record and rectification
 * notices, and packets per unit) and of the trial's ({@link TrialSurvey}: twelve units with
 * 80-character names, sixty findings at one site), as pdftotext reads them, keeps the rules of
 * Chinese typesetting: no line starts with closing punctuation or a closing bracket, none ends
 * with an opening one, and neither 第（…）项 nor an id is split across two lines.
 */
@Tag("slow")
class DocumentLineBreaksTest {
  private static final String NO_START = "，。、；：？！）》」』】〕〉”’％";
  private static final String NO_END = "（《「『【〔〈“‘";
  /** An id or a date cut at a hyphen: a letter or digit, a hyphen, then a line starting with one. */
  private static final Pattern SPLIT_ID = Pattern.compile("[A-Za-z0-9]-$");

  @Test
  void noLineOfTheInspectionReportOrTheFilingPacketBreaksTheRules(@TempDir Path dir) throws IOException,
      InterruptedException {
    // in CI poppler-utils are installed (.ci/run): there a missing pdftotext is a failure, not a skip
    assumeTrue(onPath("pdftotext") || "true".equals(System.getenv("CI")), "poppler-utils are not installed");
    assertThat(onPath("pdftotext")).as("pdftotext in CI").isTrue();
    String sample = SampleSurveys.sample("jiefangbei").toString();
    Path report = dir.resolve("report.pdf");
    Path packet = dir.resolve("packet.pdf");
    Path trial = dir.resolve("trial.pdf");
    TrialSurvey.write(dir.resolve("trial"));
    Run trialInspect = Cli.run("inspect", dir.resolve("trial").toString(), "-o", trial.toString(), "--inspector",
        "张伟:50010012345", "--inspector", "李娜:50010067890", "--date", "2023-09-01", "--lang", "zh",
        "--office", SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString());
    Run inspect = Cli.run("inspect", sample, "-o", report.toString(), "--inspector", "张伟:50010012345",
        "--inspector", "李娜:50010067890", "--date", "2023-09-01", "--lang", "zh",
        "--office", SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString());
    // one packet per unit, as the split files are laid out
    Run filing = Cli.run("filing", sample, "-o", packet.toString(), "--lang", "zh", "--operator", "重庆渝碑云栖酒店有限公司",
        "--site", "JFB-BANK");
    assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
    assertThat(filing.exitCode()).as(filing.toString()).isZero();
    assertThat(trialInspect.exitCode()).as(trialInspect.toString()).isZero();

    List<String> broken = new ArrayList<>();
    for (Path pdf : List.of(report, packet, trial)) {
      List<String> lines = lines(pdf);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
        if (!line.isEmpty() && NO_START.indexOf(line.charAt(0)) >= 0
            || !line.isEmpty() && NO_END.indexOf(line.charAt(line.length() - 1)) >= 0
            || line.endsWith("第") && next.startsWith("（")
            || SPLIT_ID.matcher(line).find() && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
          broken.add(pdf.getFileName() + ": " + line + " ⏎ " + next);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The text lines of a PDF, stripped, blank ones left out. */
  private static List<String> lines(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(text).isZero();
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
