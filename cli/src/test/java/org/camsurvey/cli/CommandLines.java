package org.camsurvey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own for tests that need one (another time zone and locale, a security manager):
 * runs the command lines of a file, one per line, arguments separated by tabs, through {@link
 * Main#run}, and prints {@code RUN <exit code> <command line>} for each with its standard error
 * indented below. A line {@code fetch URL} fetches the URL instead. Under {@link NetworkRecorder}
 * it ends with {@code ATTEMPT <what>} for each network attempt recorded.
 */
public final class CommandLines {
  private CommandLines() {}

  public static void main(String[] args) throws IOException {
    PrintWriter report = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.startsWith("fetch ")) {
        fetch(line.substring("fetch ".length()), report);
      } else if (!line.isBlank()) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), line.split("\t"));
        report.println("RUN " + code + " " + line.replace('\t', ' '));
        report.println("    " + err.toString().strip().replace("\n", "\n    "));
      }
    }
    if (System.getSecurityManager() instanceof NetworkRecorder) {
      for (String attempt : NetworkRecorder.attempts()) {
        report.println("ATTEMPT " + attempt);
      }
    }
    report.flush();
    System.exit(0);
  }

  private static void fetch(String url, PrintWriter report) {
    try (InputStream in = URI.create(url).toURL().openStream()) {
      report.println("FETCHED " + url + " " + in.readAllBytes().length + " bytes");
    } catch (IOException | SecurityException e) {
      report.println("FETCHED " + url + " " + e);
    }
  }

  /**
   * Runs the command lines in a new JVM with the given options and returns what it printed.
   *
   * @param dir where the command file and the log go
   */
  static String runForked(Path dir, List<String> lines, String... jvmOptions)
      throws IOException, InterruptedException {
    Path commands = Files.write(dir.resolve("commands.txt"), lines, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), CommandLines.class.getName(),
        commands.toString()));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("runs.log").toFile())
        .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the commands did not finish in 5 minutes: " + Files.readString(dir.resolve("runs.log")));
    }
    return Files.readString(dir.resolve("runs.log"));
  }
}
