package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages in {@code man/} (AsciiDoc, one per command, from picocli-codegen's
 * {@link ManPageGenerator}) match the command model. The pages generated from this build are left in
 * {@code cli/target/man/}; when a command changes, copy them over {@code man/}.
 */
class ManPagesTest {
  @Test
  void theCommittedManPagesMatchTheCommands() throws IOException {
    Path generated = Path.of("target", "man");
    Files.createDirectories(generated);
    try (Stream<Path> old = Files.list(generated)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    CommandSpec root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getCommandSpec();
    // The commit changes with every build; the pages carry the version alone.
    root.versionProvider(() -> new String[] {"camsurvey " + VersionProvider.version()});
    int status = ManPageGenerator.generateManPage(generated.toFile(), null, new boolean[0], true, root);

    assertThat(status).isZero();
    Map<String, String> fresh = pages(generated);
    assertThat(fresh).containsKeys("camsurvey.adoc", "camsurvey-check.adoc", "camsurvey-inspect.adoc",
        "camsurvey-completion.adoc");
    Map<String, String> committed = pages(SampleSurveys.repositoryRoot().resolve("man"));
    assertThat(committed)
        .as("man/ is out of date with the commands: copy cli/target/man/*.adoc over man/")
        .isEqualTo(fresh);
  }

  private static Map<String, String> pages(Path folder) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
          pages.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return pages;
  }
}
