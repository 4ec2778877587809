package org.camsurvey.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.read.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failure as one line naming what went wrong, and ends with the exit code of docs/CLI.md;
 * the stack trace only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    int code;
    String message;
    if (e instanceof InputException input) {
      code = ExitCode.INPUT;
      message = input.getMessage();
    } else if (e instanceof CommandFailure failure) {
      code = failure.exitCode();
      message = failure.getMessage();
    } else if (e instanceof CancellationException) {
      code = ExitCode.FAILURE;
      message = "stopped (Ctrl-C); nothing written";
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      code = ExitCode.FAILURE;
      message = "I/O error: " + e.getMessage();
    } else {
      code = ExitCode.FAILURE;
      message = "internal error: " + e + " (run again with --debug for details, and report it)";
    }
    var err = commandLine.getErr();
    err.println("camsurvey: " + message);
    if (debug(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
