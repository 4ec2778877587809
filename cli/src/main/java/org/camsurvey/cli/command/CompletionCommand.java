package org.camsurvey.cli.command;

import java.util.concurrent.Callable;
import org.camsurvey.cli.run.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey completion [bash|zsh]}: prints the shell completion script for the whole command tree. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a script that completes camsurvey's commands, options and option values in bash or zsh.",
      "Load it with: source <(camsurvey completion bash)   (or zsh; add the line to ~/.bashrc or ~/.zshrc)"
    })
public final class CompletionCommand implements Callable<Integer> {
  /** The shells the script serves; zsh runs the bash script through its bashcompinit. */
  public enum Shell { bash, zsh }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
      description = "bash (the default) or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    // picocli's script enables bashcompinit itself when zsh sources it, so both shells get the same text.
    spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
