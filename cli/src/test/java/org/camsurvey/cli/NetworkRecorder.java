package org.camsurvey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketPermission;
import java.net.URI;
import java.net.URLPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JVM {@link AirGapTest} runs camsurvey in: installed as its security manager
 * ({@code -Djava.security.manager=org.camsurvey.cli.NetworkRecorder}) it sees every attempt, from
 * any thread and any library, to resolve a host name, connect, listen or accept, and records it.
 * An attempt on a host other than the loopback is refused as well, so that a test machine on a
 * network behaves as an air-gapped laptop would; one on the loopback is let through, so that the
 * test's own server witnesses it a second time.
 *
 * <p>As the program ({@link #main}), it runs the command lines of a file, one per line, arguments
 * separated by tabs, through {@link Main#run}, and prints {@code RUN <exit code> <command line>}
 * for each, then {@code ATTEMPT <what>} for each network attempt. A line {@code fetch URL} fetches
 * the URL itself instead, for the test to show that both witnesses see an attempt.
 */
public final class NetworkRecorder extends SecurityManager {
  private static final List<String> ATTEMPTS = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void checkPermission(Permission permission) {
    check(permission);
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    check(permission);
  }

  private static void check(Permission permission) {
    if (permission instanceof SocketPermission || permission instanceof URLPermission) {
      ATTEMPTS.add(permission.getClass().getSimpleName() + " " + permission.getName() + " " + permission.getActions());
      String host = permission.getName().replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
      if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
        throw new SecurityException("camsurvey may not reach the network: " + permission);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    PrintWriter report = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("fetch ")) {
        fetch(line.substring("fetch ".length()), report);
        continue;
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), line.split("\t"));
      report.println("RUN " + code + " " + line.replace('\t', ' '));
      report.println("    " + err.toString().strip().replace("\n", "\n    "));
    }
    for (String attempt : List.copyOf(ATTEMPTS)) {
      report.println("ATTEMPT " + attempt);
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
}
