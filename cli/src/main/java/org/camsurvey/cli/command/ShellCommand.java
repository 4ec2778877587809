package org.camsurvey.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.LawOption;
import org.camsurvey.cli.run.CommandFactory;
import org.camsurvey.cli.shell.Shell;
import org.camsurvey.model.LawId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "--law is the law of every command that takes one, unless its own line names another.",
      "Ctrl-C stops the running command and returns to the prompt. Lines starting with a space",
      "are not kept in the history. Commands can be piped in: camsurvey shell < commands.txt"
    })
public final class ShellCommand implements Callable<Integer> {
  private final CommandFactory commands;

  @Option(names = "--history", paramLabel = "FILE",
      description = "The file that keeps the lines typed between sessions (default: ~/.camsurvey_history).")
  Path history;

  @Mixin LawOption law;

  /** Starts a shell; a test hands it streams instead of the process's terminal. */
  @FunctionalInterface
  public interface Launcher {
    int start(Path history, CommandFactory commands, List<LawId> laws) throws IOException;
  }

  private final Launcher launcher;

  /** @param commands the tree the shell runs each line through (the entry point's) */
  public ShellCommand(CommandFactory commands) {
    this(commands, Shell::onSystemTerminal);
  }

  /**
   * @param commands the tree the shell runs each line through
   * @param launcher how the shell is started (on the process's terminal, or on given streams)
   */
  public ShellCommand(CommandFactory commands, Launcher launcher) {
    this.commands = commands;
    this.launcher = launcher;
  }

  @Override
  public Integer call() throws Exception {
    return launcher.start(history != null ? history : Path.of(System.getProperty("user.home"), ".camsurvey_history"),
        commands, law.given());
  }
}
