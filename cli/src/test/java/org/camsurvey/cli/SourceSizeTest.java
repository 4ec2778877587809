package org.camsurvey.cli;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file is longer than {@value #MAX_LINES} lines: a class that grows past it does
 * more than one job, and is split by job.
 */
class SourceSizeTest {
  private static final int MAX_LINES = 450;

  @Test
  void noMainSourceFileIsLongerThanTheLimit() throws IOException {
    Map<String, Integer> tooLong = new TreeMap<>();
    for (Path file : mainSources(SampleSurveys.repositoryRoot())) {
      String name = SampleSurveys.repositoryRoot().relativize(file).toString().replace('\\', '/');
      int lines = lines(file);
      if (lines > MAX_LINES) {
        tooLong.put(name, lines);
      }
    }
    assertThat(tooLong).as("main source files longer than " + MAX_LINES + " lines").isEmpty();
  }

  private static int lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return (int) lines.count();
    }
  }

  /** The modules' hand-written sources (generated ones are under target/). */
  private static List<Path> mainSources(Path root) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : List.of("survey-model", "reports", "cli")) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    return sources;
  }
}
