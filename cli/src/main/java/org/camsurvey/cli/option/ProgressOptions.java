package org.camsurvey.cli.option;

import org.camsurvey.cli.run.Progress;
import org.camsurvey.cli.run.TerminalInfo;
import picocli.CommandLine.Option;

/** {@code --quiet}, and the progress bar long commands show on a terminal unless it is given. */
public final class ProgressOptions {
  @Option(names = {"-q", "--quiet"},
      description = "Show no progress bar (one is shown on long work only when standard error is a terminal).")
  boolean quiet;

  /**
   * Progress for work of the given size: a bar on standard error when it is a terminal and
   * --quiet was not given, else silent.
   */
  public Progress start(String task, long total, Progress.Unit unit) {
    TerminalInfo terminal = TerminalInfo.current();
    if (quiet || !terminal.stderrIsTerminal()) {
      return Progress.silent();
    }
    return Progress.bar(System.err, task, total, unit, terminal.columns(), terminal.colourOnStderr());
  }
}
