package org.camsurvey.read.shapefile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.Finding;

/** Where the shapefile tests find their files. */
final class Fixtures {
  private Fixtures() {}

  /** A fixture under src/test/resources/org/camsurvey/read/shapefile/. */
  static Path resource(String name) {
    try {
      var url = Fixtures.class.getResource(name);
      if (url == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder holding {@code samples/}, found from the working directory up. */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        return p;
      }
    }
    throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
  }

  static Path sample() {
    return org.camsurvey.read.Samples.jiefangbei();
  }

  /**
   * The third-party shapefiles of ../shared/testdata/pyshp (not copied into the project: their
   * licence stays with them); the test is skipped where they are not beside the checkout.
   */
  static Path pyshp(String file) {
    Path folder = repositoryRoot().resolve("../shared/testdata/pyshp").normalize();
    assumeTrue(Files.isDirectory(folder), "the third-party test data is not at " + folder);
    return folder.resolve(file);
  }

  /** Copies a fixture folder (or the chosen files of it) to a scratch folder the test may change. */
  static Path copy(Path from, Path to, String... only) {
    try {
      Files.createDirectories(to);
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (only.length == 0 || List.of(only).contains(name)) {
            Files.copy(f, to.resolve(name));
          }
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code CODE site camera zone [zone_site]}, "-" for a part the finding has not. */
  static String row(Finding f) {
    return f.code() + " " + dash(f.siteId()) + " " + dash(f.cameraId()) + " " + dash(f.zoneId())
        + (f.zoneSiteId() == null ? "" : " " + f.zoneSiteId());
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
