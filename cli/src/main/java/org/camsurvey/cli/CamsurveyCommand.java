package org.camsurvey.cli;

import java.util.List;
import org.camsurvey.cli.command.BatchCommand;
import org.camsurvey.cli.command.CheckCommand;
import org.camsurvey.cli.command.CompletionCommand;
import org.camsurvey.cli.command.DiffCommand;
import org.camsurvey.cli.command.FilingCommand;
import org.camsurvey.cli.command.FixCommand;
import org.camsurvey.cli.command.FovCommand;
import org.camsurvey.cli.command.ImportCommand;
import org.camsurvey.cli.command.InspectCommand;
import org.camsurvey.cli.command.LawCommand;
import org.camsurvey.cli.command.ShellCommand;
import org.camsurvey.cli.command.SynthCommand;
import org.camsurvey.cli.command.TemplateCommand;
import org.camsurvey.cli.command.VerifyCommand;
import org.camsurvey.cli.run.CommandFactory;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.cli.run.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands; run alone, it shows its help. */
@Command(
    name = "camsurvey",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    // the shared output options' help texts, each command's own (option/options.properties)
    resourceBundle = "org.camsurvey.cli.option.options",
    description = {
      "Checks surveillance-camera installations against Chongqing's Measures for the",
      "Administration of Social Public Security Video Image Information Systems (2009)."
    },
    subcommands = {ImportCommand.class, CheckCommand.class, DiffCommand.class, FovCommand.class, LawCommand.class,
      TemplateCommand.class, FilingCommand.class, InspectCommand.class, BatchCommand.class, SynthCommand.class,
      VerifyCommand.class, FixCommand.class,
      CompletionCommand.class, ShellCommand.class,
      HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; check, batch: no violation found",
      "1:check, batch, diff: at least one violation found",
      "2:the command line is wrong",
      "3:input rejected (the message names file, layer, record, field, reason)",
      "4:any other failure (I/O, internal)"
    })
public final class CamsurveyCommand implements Runnable, SurveySession.Holder {
  @Spec CommandSpec spec;

  private final SurveySession session;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure.")
  boolean debug;

  /** A tree for one command line: no survey held open. */
  public CamsurveyCommand() {
    this(new SurveySession());
  }

  /** A tree whose commands may use the survey the session holds open (the shell's). */
  public CamsurveyCommand(SurveySession session) {
    this.session = session;
  }

  @Override
  public SurveySession session() {
    return session;
  }

  /**
   * Makes the commands and their options; the shell command is handed the way to build a tree
   * per line, so that the shell does not reach back to the entry point.
   */
  static IFactory factory(CommandFactory commands) {
    return new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ShellCommand.class ? type.cast(new ShellCommand(commands))
            : CommandLine.defaultFactory().create(type);
      }
    };
  }

  @Override
  public void run() {
    List<String> commands = spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
    throw new ParameterException(spec.commandLine(),
        "name a command: " + String.join(", ", commands) + " (camsurvey help lists them)");
  }
}
