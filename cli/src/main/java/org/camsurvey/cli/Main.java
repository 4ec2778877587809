package org.camsurvey.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.cli.run.VersionProvider;
import picocli.CommandLine;

/** The entry point: {@link #run} is what tests and the shell call; only {@link #main} exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Runs one command line, writing to the given writers, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // the version needs no command tree, whose building is most of a short run's start-up
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCode.OK;
    }
    try {
      return commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // by now the command has unwound and what filled the heap is garbage: there is room for a line
      err.println("camsurvey: out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB of heap): the input "
          + "is larger than this Java can hold; give it more with CAMSURVEY_JAVA_OPTS=-Xmx4g");
      err.flush();
      return ExitCode.FAILURE;
    } catch (Error e) {
      // picocli hands only exceptions to ErrorHandler; an error would leave with the JVM's exit 1,
      // which scripts read as violations found
      err.println("camsurvey: internal error: " + e + " (run again with --debug for details, and report it)");
      if (List.of(args).contains("--debug")) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCode.FAILURE;
    }
  }

  /** The command tree, set up as every caller needs it. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new SurveySession());
  }

  /** The command tree whose commands may use the survey the session holds open. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, SurveySession session) {
    CommandLine commandLine = new CommandLine(new CamsurveyCommand(session), CamsurveyCommand.factory(Main::commandLine));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }
}
