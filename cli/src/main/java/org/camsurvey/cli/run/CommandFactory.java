package org.camsurvey.cli.run;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the command tree the shell runs a line through, set up as the one-shot command line is,
 * writing to the writers given and sharing the session's open survey. The shell is given one, so
 * that it need not know the entry point that made it.
 */
@FunctionalInterface
public interface CommandFactory {
  CommandLine create(PrintWriter out, PrintWriter err, SurveySession session);
}
