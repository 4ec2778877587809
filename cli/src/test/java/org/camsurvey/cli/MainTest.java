package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root command: version, help, and what happens without a command. */
@Tag("slow")
class MainTest {
  @Test
  void version() {
    Run run = Cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList().get(0))
        .matches("camsurvey \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,}|unknown)\\)")
        .contains(VersionProvider.version());
    assertThat(run.out().lines().toList().get(1)).startsWith("Java " + System.getProperty("java.version"));
    assertThat(VersionProvider.version()).isNotEqualTo("unknown").doesNotContain("${");
  }

  @Test
  void theVersionWithoutTheCommandTreeIsTheSameAsPicocliPrints() {
    // --version alone is answered before the tree is built; with another option, picocli answers
    assertThat(Cli.run("--version").out()).isEqualTo(Cli.run("--debug", "--version").out());
    assertThat(Cli.run("-V").out()).isEqualTo(Cli.run("--version").out());
  }

  @Test
  void theCommitIsStampedWhenBuiltFromGit() {
    assumeTrue(Files.exists(SampleSurveys.repositoryRoot().resolve(".git")), "built outside git: the commit is unknown");
    assertThat(VersionProvider.commit()).matches("[0-9a-f]{7,}");
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Run run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: camsurvey", "Commands:", "  import", "  check", "  diff", "  fov", "  law", "  batch", "--debug",
        "Exit codes:");
    assertThat(run.out().lines().map(String::strip))
        .anySatisfy(l -> assertThat(l).startsWith("0   done"))
        .anySatisfy(l -> assertThat(l).startsWith("1   check, batch, diff: at least one violation found"))
        .anySatisfy(l -> assertThat(l).startsWith("2   the command line is wrong"))
        .anySatisfy(l -> assertThat(l).startsWith("3   input rejected"))
        .anySatisfy(l -> assertThat(l).startsWith("4   any other failure"));
  }

  @Test
  void checkHelpListsItsExitCodesToo() {
    Run run = Cli.run("check", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: camsurvey check", "--format=FORMAT", "--min-cover=FRACTION", "--quality=QUALITY",
        "Exit codes:", "1   at least one violation found");
  }

  @Test
  void helpCommand() {
    assertThat(Cli.run("help", "law").out()).startsWith("Usage: camsurvey law");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("name a command: import, check, diff, fov, law, template, filing, inspect");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Run run = Cli.run("inspekt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'inspekt'")
        .contains("Did you mean: camsurvey inspect")
        .contains("'camsurvey help' lists the commands");
  }

  @Test
  void aMisspeltOptionSuggestsTheRightOne() {
    Run run = Cli.run("check", SampleSurveys.sample("jiefangbei").toString(), "--fromat", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("Unknown options: '--fromat', 'json'", "Did you mean: --format?",
        "'camsurvey check --help' lists its options and arguments.");
    assertThat(Cli.run("law", "9", "--lnag=en").err()).contains("Did you mean: --lang?");
  }

  @Test
  void anOptionNothingLikeAnyGetsNoGuess() {
    assertThat(Cli.run("check", "x", "--colour").err()).doesNotContain("Did you mean");
    assertThat(Cli.run("check", "x", "-x").err()).doesNotContain("Did you mean");
  }

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertThat(UsageErrorHandler.distance("--fromat", "--format")).isEqualTo(1);
    assertThat(UsageErrorHandler.distance("--qualty", "--quality")).isEqualTo(1);
    assertThat(UsageErrorHandler.distance("abc", "xyz")).isEqualTo(3);
  }

  @Test
  void runsDoNotShareState() {
    // one command tree per run: an option given once is not remembered by the next run (the shell's case)
    Run zh = Cli.run("law", "10", "--lang", "en");
    Run plain = Cli.run("law", "10");

    assertThat(zh.out()).startsWith("Article 10");
    assertThat(plain.out()).startsWith("第十条");
  }

  @Test
  void runningOutOfMemoryIsAFailureInOneLineNotAStackTrace(@TempDir Path dir) throws Exception {
    // within every limit of the readers, but more than a 48 MiB heap holds once parsed
    StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
    for (int i = 0; i < 300_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"type\": \"Feature\", \"properties\": {\"obst_id\": \"W").append(i)
          .append("\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[106.5, 29.5], [106.6, 29.6]]}}");
    }
    Path obstacles = Files.writeString(dir.resolve("obstacles.geojson"), json.append("]}"));

    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", obstacles.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.log").toFile())
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("out.log"));

    assertThat(process.exitValue()).as(log).isEqualTo(ExitCode.FAILURE);
    assertThat(log).as(log).contains("camsurvey: out of memory (").doesNotContain("OutOfMemoryError");
  }

  @Test
  void anErrorIsAnInternalFailureInOneLineNotExitOne(@TempDir Path dir) throws Exception {
    // a Java without POI's workbook classes: the template command meets NoClassDefFoundError
    String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("poi-ooxml"))
        .collect(Collectors.joining(File.pathSeparator));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, Main.class.getName(), "template", "-o", dir.resolve("t.xlsx").toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.log").toFile())
        .start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("out.log"));

    assertThat(process.exitValue()).as(log).isEqualTo(ExitCode.FAILURE);
    assertThat(log.strip()).as(log).startsWith("camsurvey: internal error: java.lang.NoClassDefFoundError").doesNotContain("\tat ");
  }
}
