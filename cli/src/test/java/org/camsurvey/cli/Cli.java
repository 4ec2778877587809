package org.camsurvey.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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
}
