package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.camsurvey.cli.run.VersionProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution, as a user gets it: unpacked into an empty folder, its launcher checks
 * the bundled sample. Runs in {@code mvn verify} after {@code package} (Failsafe).
 */
@Tag("slow")
class DistributionIT {
  private static final String SUMMARY = "15 violations, 3 deficiencies, 1 warning";

  @TempDir Path unpacked;

  @Test
  void theTarballsLauncherChecksTheBundledSample() throws Exception {
    Path home = untar(archive("camsurvey.distribution"));

    assertThat(home.resolve("bin/camsurvey")).isExecutable();
    assertThat(home.resolve("bin/camsurvey.bat")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("NOTICE")).isRegularFile();
    assertThat(home.resolve("licenses/NotoSansSC-OFL.txt")).isRegularFile();
    assertThat(home.resolve("man/camsurvey-check.adoc")).isRegularFile();
    assertThat(home.resolve("man/man1/camsurvey-check.1")).content(StandardCharsets.UTF_8)
        .contains(".TH \"CAMSURVEY\\-CHECK\" \"1\"", "\\-\\-min\\-cover");
    assertThat(home.resolve("completion/camsurvey.bash")).content(StandardCharsets.UTF_8)
        .startsWith("#!/usr/bin/env bash").contains("complete -F _complete_camsurvey", "--inspector");
    try (var jars = Files.list(home.resolve("lib"))) {
      assertThat(jars.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("cli-")).anyMatch(n -> n.startsWith("picocli-"))
          .anyMatch(n -> n.startsWith("survey-model-")).anyMatch(n -> n.startsWith("reports-"));
    }

    // From the distribution's own folder, as its README's commands read; English by CAMSURVEY_JAVA_OPTS.
    Result check = launch(home, "check", "samples/jiefangbei");
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("Survey: jiefangbei").contains(SUMMARY);

    Result version = launch(home, "--version");
    assertThat(version.exitCode()).as(version.toString()).isZero();
    assertThat(version.out()).startsWith("camsurvey " + VersionProvider.version() + " (commit ");
  }

  @Test
  void theShellRunsPipedInput() throws Exception {
    Path home = untar(archive("camsurvey.distribution"));
    Path input = Files.writeString(home.resolve("session.txt"),
        "open samples/jiefangbei\ncheck\nlaw 9\nla\t10 --lang en\nexit\n", StandardCharsets.UTF_8);

    Result shell = launch(home, input, "shell", "--history", home.resolve("history").toString());

    assertThat(shell.exitCode()).as(shell.toString()).isZero();
    assertThat(shell.out()).contains("camsurvey jiefangbei> Survey: jiefangbei", SUMMARY, "第九条", "Article 10");
    assertThat(home.resolve("history")).content(StandardCharsets.UTF_8).contains("law 10 --lang en");
  }

  @Test
  void theLauncherMakesAClassDataArchiveOnceAndStartsFromIt() throws Exception {
    Path home = untar(archive("camsurvey.distribution"));
    Path archive = home.resolve("lib/camsurvey.jsa");
    Map<String, String> cds = Map.of("CAMSURVEY_CDS", "on");

    Result first = launch(home, null, cds, "--version");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    // made in the background: wait until its maker has let go of the lock
    Path lock = home.resolve("lib/camsurvey.jsa.lock");
    for (int i = 0; i < 240 && (Files.exists(lock) || !Files.exists(home.resolve("lib/camsurvey.jsa.key"))); i++) {
      Thread.sleep(500);
    }
    assertThat(archive).isNotEmptyFile();
    assertThat(home.resolve("lib/camsurvey.jsa.part")).doesNotExist();

    Path classes = home.resolve("classes.log");
    Result check = launch(home, null, Map.of("CAMSURVEY_CDS", "on",
        "CAMSURVEY_JAVA_OPTS", "-Duser.language=en -Xlog:class+load:file=" + classes), "check", "samples/jiefangbei");
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains(SUMMARY);
    assertThat(check.err()).isEmpty();
    assertThat(classes).content(StandardCharsets.UTF_8)
        .contains("org.camsurvey.rules.Checker source: shared objects file (top)");

    // an archive the Java cannot use (another Java's, or damaged) is passed over without a word
    Files.write(archive, new byte[4096]);
    Result unfit = launch(home, null, cds, "check", "samples/jiefangbei");
    assertThat(unfit.exitCode()).as(unfit.toString()).isEqualTo(1);
    assertThat(unfit.out()).contains(SUMMARY);
    assertThat(unfit.err()).isEmpty();
  }

  @Test
  void theZipHoldsTheSameLayout() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive("camsurvey.distribution.zip").toFile())) {
      zip.stream().map(ZipEntry::getName).forEach(names::add);
    }
    String base = "camsurvey-" + VersionProvider.version() + "/";

    assertThat(names).contains(base + "bin/camsurvey", base + "bin/camsurvey.bat", base + "README.md", base + "NOTICE",
        base + "completion/camsurvey.bash", base + "samples/jiefangbei/cameras.geojson",
        base + "licenses/NotoSansSC-OFL.txt");
    assertThat(names).anyMatch(n -> n.startsWith(base + "lib/cli-") && n.endsWith(".jar"));
  }

  private static Path archive(String property) {
    String path = System.getProperty(property);
    assertThat(path).as("system property " + property + " (set by the cli pom)").isNotNull();
    assertThat(Path.of(path)).exists();
    return Path.of(path);
  }

  private Path untar(Path tarball) throws Exception {
    Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", unpacked.toString())
        .redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tar.waitFor()).as(output).isZero();
    return unpacked.resolve("camsurvey-" + VersionProvider.version());
  }

  private record Result(int exitCode, String out, String err) {}

  private static Result launch(Path home, String... args) throws Exception {
    return launch(home, null, Map.of(), args);
  }

  private static Result launch(Path home, Path input, String... args) throws Exception {
    return launch(home, input, Map.of(), args);
  }

  /**
   * Runs the launcher with standard input from the file given, or none. The class-data archive is
   * left out (CAMSURVEY_CDS=off), so that no run leaves a process making one, unless the
   * environment given says otherwise.
   */
  private static Result launch(Path home, Path input, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/camsurvey").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    if (input != null) {
      builder.redirectInput(input.toFile());
    }
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("CAMSURVEY_JAVA_OPTS", "-Duser.language=en -Duser.country=US");
    env.put("CAMSURVEY_CDS", "off");
    env.putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within 2 minutes").isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
