package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file keeps docs/CLI.md's promises: an existing file is replaced only with
 * {@code --force}, no output is ever one of the inputs (the survey, a baseline, a mapping file),
 * and a refused or failed run leaves nothing behind, not even a temporary file.
 */
class SafeOutputTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  /** A command that writes the file it is given; its name says which option names it. */
  private record Writer(String name, String extension, Function<Path, List<String>> args) {
    List<String> argsFor(Path target) {
      return args.apply(target);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Writer> writers() {
    return Stream.of(
        new Writer("import -o", "gpkg", t -> List.of("import", SAMPLE, "-o", t.toString())),
        new Writer("check -o", "json", t -> List.of("check", SAMPLE, "--format", "json", "-o", t.toString())),
        new Writer("check --out gpkg", "gpkg", t -> List.of("check", SAMPLE, "--out", t.toString())),
        new Writer("check --out kmz", "kmz", t -> List.of("check", SAMPLE, "--out", t.toString())),
        new Writer("fov -o gpkg", "gpkg", t -> List.of("fov", SAMPLE, "-o", t.toString())),
        new Writer("fov -o geojson", "geojson", t -> List.of("fov", SAMPLE, "-o", t.toString())),
        new Writer("fov -o kml", "kml", t -> List.of("fov", SAMPLE, "-o", t.toString())),
        new Writer("diff -o", "json", t -> List.of("diff", SAMPLE, SAMPLE, "--format", "json", "-o", t.toString())),
        new Writer("filing -o", "pdf", t -> List.of("filing", SAMPLE, "-o", t.toString())),
        new Writer("filing --xlsx", "xlsx",
            t -> List.of("filing", SAMPLE, "-o", t.resolveSibling("packet.pdf").toString(), "--xlsx", t.toString())),
        new Writer("inspect -o", "pdf",
            t -> List.of("inspect", SAMPLE, "-o", t.toString(), "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890")),
        new Writer("template -o", "xlsx", t -> List.of("template", "-o", t.toString())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void anExistingOutputIsKeptWithoutForceAndNothingElseIsWritten(Writer writer, @TempDir Path dir) throws IOException {
    Path target = dir.resolve("out." + writer.extension());
    Files.writeString(target, "keep");

    Run run = run(writer.argsFor(target));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("exists; give --force to replace it");
    assertThat(Files.readString(target)).isEqualTo("keep");
    assertThat(entries(dir)).containsExactly("out." + writer.extension());
  }

  /** Writers of documents, workbooks and GeoPackages of the whole survey: a second or more each. */
  private static final Set<String> HEAVY =
      Set.of("import -o", "check --out gpkg", "filing -o", "filing --xlsx", "inspect -o", "template -o");

  static Stream<Writer> lightWriters() {
    return writers().filter(w -> !HEAVY.contains(w.name()));
  }

  static Stream<Writer> heavyWriters() {
    return writers().filter(w -> HEAVY.contains(w.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightWriters")
  void forceReplacesAnExistingOutputAndLeavesNoTemporaryFile(Writer writer, @TempDir Path dir) throws IOException {
    forceReplaces(writer, dir);
  }

  /** The same promise for the heavy writers, left to the full round (every writer shares one atomic write). */
  @Tag("slow")
  @ParameterizedTest(name = "{0}")
  @MethodSource("heavyWriters")
  void forceReplacesAnExistingDocumentWorkbookOrGeoPackage(Writer writer, @TempDir Path dir) throws IOException {
    forceReplaces(writer, dir);
  }

  private static void forceReplaces(Writer writer, Path dir) throws IOException {
    Path target = dir.resolve("out." + writer.extension());
    Files.writeString(target, "old");
    List<String> args = new ArrayList<>(writer.argsFor(target));
    args.add("--force");

    Run run = run(args);

    assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.VIOLATIONS);
    assertThat(Files.size(target)).isGreaterThan(3);
    assertThat(entries(dir)).allSatisfy(name -> assertThat(name).doesNotStartWith("."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void anOutputInsideTheInputFolderIsRefusedEvenWithForce(Writer writer, @TempDir Path dir) throws IOException {
    if (writer.name().startsWith("template")) {
      return; // the template reads nothing
    }
    Path survey = copyOfTheSample(dir);
    List<String> before = entries(survey);
    List<String> args = new ArrayList<>(writer.argsFor(survey.resolve("out." + writer.extension())));
    args.replaceAll(a -> a.equals(SAMPLE) ? survey.toString() : a);
    args.add("--force");

    Run run = run(args);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("the output would overwrite the input");
    assertThat(entries(survey)).isEqualTo(before);
  }

  @Test
  void theBaselineIsAnInputToo(@TempDir Path dir) throws IOException {
    Path filed = dir.resolve("filed.gpkg");
    assertThat(Cli.run("import", SAMPLE, "-o", filed.toString()).exitCode()).isZero();
    byte[] before = Files.readAllBytes(filed);

    Run overBaseline = Cli.run("check", SAMPLE, "--baseline", filed.toString(), "--out", filed.toString(), "--force");
    Run diffOverBaseline = Cli.run("diff", filed.toString(), SAMPLE, "-o", filed.toString(), "--force");

    assertThat(overBaseline.exitCode()).as(overBaseline.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(overBaseline.err()).contains("the output would overwrite the input");
    assertThat(diffOverBaseline.exitCode()).as(diffOverBaseline.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readAllBytes(filed)).isEqualTo(before);
  }

  @Test
  void theMappingFileIsAnInputToo(@TempDir Path dir) throws IOException {
    Path mapping = Files.writeString(dir.resolve("mapping.txt"), "方向角=heading\n");

    Run run = Cli.run("check", SAMPLE, "--map", mapping.toString(), "--format", "json", "-o", mapping.toString(),
        "--force");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(mapping)).isEqualTo("方向角=heading\n");
  }

  @Test
  void aDocumentAndItsWorkbookAreWrittenBothOrNeither(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("packet.pdf");
    Path xlsx = Files.writeString(dir.resolve("inventory.xlsx"), "keep");

    Run workbookExists = Cli.run("filing", SAMPLE, "-o", pdf.toString(), "--xlsx", xlsx.toString());
    Run sameFile = Cli.run("filing", SAMPLE, "-o", pdf.toString(), "--xlsx", pdf.toString(), "--force");

    assertThat(workbookExists.exitCode()).as(workbookExists.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(sameFile.exitCode()).as(sameFile.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(sameFile.err()).contains("named for two outputs");
    assertThat(pdf).doesNotExist();
    assertThat(entries(dir)).containsExactly("inventory.xlsx");
  }

  private static Run run(List<String> args) {
    return Cli.run(args.toArray(String[]::new));
  }

  private static Path copyOfTheSample(Path dir) throws IOException {
    Path survey = Files.createDirectories(dir.resolve("survey"));
    try (Stream<Path> files = Files.list(Path.of(SAMPLE))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".geojson")).toList()) {
        Files.copy(file, survey.resolve(file.getFileName()));
      }
    }
    return survey;
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
