package org.camsurvey.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in process, as {@link Main#run} does for the shell and for scripts. */
public final class Cli {
  private Cli() {}

  /**
   * What one run left behind.
   *
   * @param exitCode what the process would have exited with
   * @param out standard output
   * @param err standard error
   */
  public record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The folder holding {@code samples/}, found from the working directory up (Surefire runs in the module). */
  public static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        return p;
      }
    }
    throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
  }

  /** A sample survey's folder, as an absolute path. */
  public static String sample(String name) {
    return repositoryRoot().resolve("samples").resolve(name).toString();
  }

  /**
   * A sample's map layers alone (its GeoJSON files, without its access log, checklist and evidence), copied
   * into {@code dir}: what the sample's other containers (a municipal export, a web map's
   * coordinates) carry, to compare them with.
   */
  public static String sampleMap(String name, Path dir) throws java.io.IOException {
    Path copy = Files.createDirectories(dir.resolve(name + "-map"));
    try (var files = Files.list(repositoryRoot().resolve("samples").resolve(name))) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".geojson")
          && !f.getFileName().toString().equals("evidence.geojson")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy.toString();
  }
}
