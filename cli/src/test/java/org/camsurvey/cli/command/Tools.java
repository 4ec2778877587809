package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** The outside programs the document tests check their files with, and a look inside an archive. */
final class Tools {
  private Tools() {}

  static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
  }

  /** LibreOffice's command, or null where it is not installed. */
  static String libreOffice() {
    return Stream.of("soffice", "libreoffice").filter(Tools::onPath).findFirst().orElse(null);
  }

  /**
   * LibreOffice's command; a test without it is skipped, except in CI, where LibreOffice is
   * installed (.ci/run) and a missing one is a failure.
   */
  static String requiredLibreOffice() {
    String office = libreOffice();
    assumeTrue(office != null || "true".equals(System.getenv("CI")), "LibreOffice (soffice) is not installed");
    assertThat(office).as("LibreOffice in CI").isNotNull();
    return office;
  }

  /** One entry of a zip archive (a DOCX's part), as UTF-8 text. */
  static String entry(Path zip, String name) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
