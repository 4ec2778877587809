package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * GDAL's ogr2ogr, which makes the real files the reader tests read; a test that needs it is
 * skipped where it is not installed (Debian's gdal-bin; .ci/run installs it).
 */
public final class Gdal {
  private Gdal() {}

  public static boolean installed() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "ogr2ogr")));
  }

  /** Runs {@code ogr2ogr ARGS} in a folder; the test is skipped without GDAL and fails if ogr2ogr does. */
  public static void ogr2ogr(Path folder, String... args) {
    assumeTrue(installed(), "GDAL's ogr2ogr is not installed");
    List<String> command = new ArrayList<>(List.of("ogr2ogr"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ogr2ogr finished").isTrue();
      assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The folder of ../shared/testdata named; the test is skipped where it is not beside the checkout. */
  public static Path testdata(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        Path folder = p.resolve("../shared/testdata").resolve(name).normalize();
        assumeTrue(Files.isDirectory(folder), "the third-party test data is not at " + folder);
        return folder;
      }
    }
    throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
  }

  public static Path sample() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples/jiefangbei"))) {
        return p.resolve("samples/jiefangbei");
      }
    }
    throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
  }
}
