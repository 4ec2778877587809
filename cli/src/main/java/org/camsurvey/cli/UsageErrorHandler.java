package org.camsurvey.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camsurvey.cli.run.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: what is wrong, what was probably meant (a misspelt command or option),
 * and where to look, in three lines rather than the whole usage help, which would bury them.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(e.getMessage());
    List<String> meant = meant(e);
    if (!meant.isEmpty()) {
      err.println("Did you mean: " + String.join(" or ", meant) + "?");
    }
    String name = commandLine.getCommandSpec().qualifiedName();
    err.println(commandLine.getCommandSpec().parent() == null
        ? "'" + name + " help' lists the commands; '" + name + " COMMAND --help' their options."
        : "'" + name + " --help' lists its options and arguments.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** picocli's suggestions for a misspelt command; for a misspelt option, the options nearest it. */
  private static List<String> meant(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return List.of();
    }
    if (!unmatched.getSuggestions().isEmpty() && !unmatched.isUnknownOption()) {
      String name = e.getCommandLine().getCommandSpec().qualifiedName();
      return unmatched.getSuggestions().stream().limit(2).map(s -> name + " " + s).toList();
    }
    List<String> options = new ArrayList<>();
    for (String arg : unmatched.getUnmatched()) {
      if (arg.startsWith("-")) {
        String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        nearest(typed, e.getCommandLine()).ifPresent(options::add);
      }
    }
    return options;
  }

  /** The option a typo most likely stands for: within two edits, one for short names, none for a letter. */
  private static Optional<String> nearest(String typed, CommandLine commandLine) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (OptionSpec option : commandLine.getCommandSpec().options()) {
      for (String name : option.names()) {
        int d = distance(typed.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
        if (d < bestDistance) {
          best = name;
          bestDistance = d;
        }
      }
    }
    int allowed = typed.length() <= 2 ? 0 : typed.length() <= 4 ? 1 : 2;
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Edits (insert, delete, replace, swap two neighbours) between two words. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
