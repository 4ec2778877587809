package org.camsurvey.cli.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * What the process's output goes to, for layout and colour: whether standard output and error
 * are terminals, how wide the terminal is, and whether colour is wanted there.
 *
 * @param stdoutIsTerminal whether standard output is a terminal
 * @param stderrIsTerminal whether standard error is a terminal
 * @param columns the width to lay standard output out in: on a terminal $COLUMNS, else the
 *     terminal's own; 80 for a file or a pipe
 * @param colourWanted whether colour is wanted on a terminal: not with NO_COLOR set
 *     (https://no-color.org), nor on TERM=dumb
 */
public record TerminalInfo(boolean stdoutIsTerminal, boolean stderrIsTerminal, int columns, boolean colourWanted) {
  /** The width when there is no terminal to ask, as for a file or a pipe. */
  public static final int DEFAULT_COLUMNS = 80;

  /** The process's own. */
  public static TerminalInfo current() {
    return of(System.getenv(), isTerminal(1), isTerminal(2), TerminalInfo::sttyColumns);
  }

  /**
   * @param environment the environment variables
   * @param terminalColumns the terminal's width, asked only when standard output is one and
   *     $COLUMNS does not say
   */
  static TerminalInfo of(Map<String, String> environment, boolean stdout, boolean stderr, IntSupplier terminalColumns) {
    int columns = DEFAULT_COLUMNS;
    if (stdout) {
      OptionalInt fromEnvironment = positive(environment.get("COLUMNS"));
      columns = fromEnvironment.isPresent() ? fromEnvironment.getAsInt()
          : positive(Integer.toString(terminalColumns.getAsInt())).orElse(DEFAULT_COLUMNS);
    }
    String noColor = environment.get("NO_COLOR");
    boolean colour = (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    return new TerminalInfo(stdout, stderr, columns, colour);
  }

  /**
   * The width to lay a table out in: the one asked for, else the terminal's when the table goes to
   * standard output (at least 40 columns, the narrowest a table takes), else 80.
   *
   * @param asked the width the user gave, or null
   */
  public int width(Integer asked, boolean toStdout) {
    if (asked != null) {
      return asked;
    }
    return toStdout ? Math.max(40, columns) : DEFAULT_COLUMNS;
  }

  /** Whether standard output may be coloured: a terminal, and colour wanted. */
  public boolean colourOnStdout() {
    return stdoutIsTerminal && colourWanted;
  }

  /** Whether standard error may be coloured. */
  public boolean colourOnStderr() {
    return stderrIsTerminal && colourWanted;
  }

  private static OptionalInt positive(String text) {
    try {
      int n = text == null ? 0 : Integer.parseInt(text.strip());
      return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Whether a standard stream is a terminal. Java 17 cannot ask of one stream alone; Linux says
   * what each descriptor is open on, and elsewhere a console means both stdin and stdout are.
   */
  private static boolean isTerminal(int descriptor) {
    Path link = Path.of("/proc/self/fd/" + descriptor);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException e) {
      // then as elsewhere
    }
    return System.console() != null;
  }

  /** The controlling terminal's width as stty reports it, or 0 where it cannot. */
  private static int sttyColumns() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return 0;
    }
    try {
      Process stty = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return 0;
      }
      String[] rowsColumns = size.split("\\s+");
      return rowsColumns.length == 2 ? Integer.parseInt(rowsColumns[1]) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
