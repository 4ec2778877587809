package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code camsurvey template -o survey.xlsx}: the blank workbook, written whole or not at all. */
@Tag("slow")
class TemplateCommandTest {
  @Test
  void writesTheWorkbook(@TempDir Path dir) throws IOException {
    Path book = dir.resolve("survey.xlsx");

    Run run = Cli.run("template", "-o", book.toString(), "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(parts(book)).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet7.xml");
    String workbook = part(book, "xl/workbook.xml");
    assertThat(workbook).contains("name=\"sites\"", "name=\"cameras\"", "name=\"zones\"", "name=\"obstacles\"",
        "name=\"access_log\"", "name=\"checklist\"", "name=\"说明 Fields\"");
    assertThat(names(dir)).containsExactly("survey.xlsx");
    Path probe = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-probe")).resolve("probe");
    Files.writeString(probe, "");
    assertThat(Files.getPosixFilePermissions(book)).as("the user's usual permissions, not owner-only")
        .isEqualTo(Files.getPosixFilePermissions(probe));
    Files.delete(probe);
    Files.delete(probe.getParent());
  }

  @Test
  void aBlankTemplateIsNoSurveyYet(@TempDir Path dir) {
    Path book = dir.resolve("survey.xlsx");
    Cli.run("template", "-o", book.toString());

    Run check = Cli.run("check", book.toString());

    assertThat(check.exitCode()).isEqualTo(3);
    assertThat(check.err()).isEqualTo("camsurvey: " + book + ": has no rows below the header in any layer sheet: fill in "
        + "the cameras sheet (and zones, for check), one record a row from row 2" + System.lineSeparator());
  }

  @Test
  void refusesToOverwriteWithoutForceAndOtherNames(@TempDir Path dir) throws IOException {
    Path book = dir.resolve("survey.xlsx");
    Files.writeString(book, "keep me", StandardCharsets.UTF_8);

    Run refused = Cli.run("template", "-o", book.toString());
    Run csv = Cli.run("template", "-o", dir.resolve("survey.csv").toString());
    Run missing = Cli.run("template");
    Run forced = Cli.run("template", "-o", book.toString(), "--force");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("exists; give --force to replace it");
    assertThat(csv.exitCode()).isEqualTo(2);
    assertThat(csv.err()).contains("name it *.xlsx");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--output=FILE'");
    assertThat(forced.exitCode()).isZero();
    assertThat(parts(book)).contains("xl/workbook.xml");
    assertThat(names(dir)).containsExactly("survey.xlsx");
  }

  @Test
  void aFolderThatDoesNotExistLeavesNothing(@TempDir Path dir) {
    Run run = Cli.run("template", "-o", dir.resolve("no/such/survey.xlsx").toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("its folder does not exist");
    assertThat(names(dir)).isEmpty();
  }

  private static List<String> parts(Path xlsx) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static String part(Path xlsx, String name) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in " + xlsx);
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
