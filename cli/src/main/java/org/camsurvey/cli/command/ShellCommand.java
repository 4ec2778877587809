package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.camsurvey.cli.CommandFactory;
import org.camsurvey.cli.shell.Shell;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code camsurvey shell}: the commands interactively, with completion and history. */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Runs camsurvey's commands interactively, with Tab completion (commands, options, formats,",
      "files, article numbers, the open survey's layers and cameras) and a history kept between sessions.",
      "",
      "Besides every command, the shell has:",
      "  open SURVEY    read a survey once; check, fov, filing, inspect and diff then use it",
      "                 when their SURVEY (diff: CURRENT) is left out or names it",
      "  show [NAME]    the open survey's layers; a layer's records; a camera's fields",
      "  close          let go of the open survey",
      "  exit, quit     leave (as does Ctrl-D, or the end of piped input)",
      "Ctrl-C stops the running command and returns to the prompt. Lines starting with a space",
      "are not kept in the history. Commands can be piped in: camsurvey shell < commands.txt"
    })
public final class ShellCommand implements Callable<Integer> {
  private final CommandFactory commands;

  @Option(names = "--history", paramLabel = "FILE",
      description = "The file that keeps the lines typed between sessions (default: ~/.camsurvey_history).")
  Path history;

  /** @param commands the tree the shell runs each line through (the entry point's) */
  public ShellCommand(CommandFactory commands) {
    this.commands = commands;
  }

  @Override
  public Integer call() throws Exception {
    return Shell.onSystemTerminal(history != null ? history : Path.of(System.getProperty("user.home"), ".camsurvey_history"),
        commands);
  }
}
