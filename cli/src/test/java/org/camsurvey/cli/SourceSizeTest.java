package org.camsurvey.cli;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hand-written source file is longer than {@value #MAX_LINES} lines: a class, a test class or a
 * script that grows past it does more than one job, and is split by job. Generated code (under
 * target/) and test data are not held to it.
 */
class SourceSizeTest {
  private static final int MAX_LINES = 450;
  private static final List<String> MODULES = List.of("survey-model", "reports", "cli");

  @Test
  void noMainSourceFileIsLongerThanTheLimit() throws IOException {
    assertThat(tooLong(javaSources("src/main/java"))).as("main source files longer than " + MAX_LINES + " lines").isEmpty();
  }

  @Test
  void noTestSourceFileIsLongerThanTheLimit() throws IOException {
    List<Path> tests = javaSources("src/test/java");

    assertThat(tests).as("the walk finds the tests").contains(root().resolve("cli/src/test/java/org/camsurvey/cli/SourceSizeTest.java"));
    assertThat(tooLong(tests)).as("test source files longer than " + MAX_LINES + " lines").isEmpty();
  }

  @Test
  void noScriptIsLongerThanTheLimit() throws IOException {
    List<Path> scripts = scripts();

    assertThat(scripts).as("the walk finds the scripts").contains(root().resolve("samples/jiefangbei/make_sample.py"),
        root().resolve("bench/city.sh"), root().resolve("camsurvey"));
    assertThat(tooLong(scripts)).as("scripts longer than " + MAX_LINES + " lines").isEmpty();
  }

  private static Path root() {
    return SampleSurveys.repositoryRoot();
  }

  private static Map<String, Integer> tooLong(List<Path> files) throws IOException {
    Map<String, Integer> tooLong = new TreeMap<>();
    for (Path file : files) {
      int lines = lines(file);
      if (lines > MAX_LINES) {
        tooLong.put(root().relativize(file).toString().replace('\\', '/'), lines);
      }
    }
    return tooLong;
  }

  private static int lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return (int) lines.count();
    }
  }

  /** The modules' hand-written Java sources under {@code dir} (generated ones are under target/). */
  private static List<Path> javaSources(String dir) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : MODULES) {
      try (Stream<Path> files = Files.walk(root().resolve(module).resolve(dir))) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    return sources;
  }

  /**
   * The repository's scripts: Python and shell files, and files that start with {@code #!} (the
   * launcher), outside build output and hidden folders.
   */
  private static List<Path> scripts() throws IOException {
    List<Path> scripts = new ArrayList<>();
    Files.walkFileTree(root(), new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean skipped = !dir.equals(root()) && (name.equals("target") || name.startsWith("."));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String name = file.getFileName().toString();
        if (attrs.isRegularFile() && (name.endsWith(".py") || name.endsWith(".sh") || startsWithShebang(file))) {
          scripts.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    scripts.sort(null);
    return scripts;
  }

  private static boolean startsWithShebang(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(2), new byte[] {'#', '!'});
    }
  }
}
