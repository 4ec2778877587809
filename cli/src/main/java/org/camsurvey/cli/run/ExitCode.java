package org.camsurvey.cli.run;

/** The exit codes of docs/CLI.md; scripts depend on them. */
public final class ExitCode {
  /** Done; for check: no violation found. */
  public static final int OK = 0;
  /** check: at least one violation found. */
  public static final int VIOLATIONS = 1;
  /** The command line is wrong. */
  public static final int USAGE = 2;
  /** Input rejected: the message names file, layer, record, field and reason. */
  public static final int INPUT = 3;
  /** Any other failure (I/O, internal). */
  public static final int FAILURE = 4;

  private ExitCode() {}
}
