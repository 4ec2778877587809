package org.camsurvey.cli.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.run.CommandFactory;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.model.LawId;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The interactive shell: reads command lines with completion and history, and runs each through
 * the same command tree as the one-shot command line, plus {@code open}, {@code close} and
 * {@code show}, which only a session has. A survey opened is read once for the commands after it.
 */
public final class Shell {
  /** Words that end the session (as does Ctrl-D, or the end of piped input). */
  static final List<String> LEAVING = List.of("exit", "quit");

  private final Terminal terminal;
  private final CommandFactory factory;
  private final List<LawId> laws;
  private final SurveySession session = new SurveySession();
  private final LineReader reader;
  private final CommandRunner runner;

  /**
   * @param terminal where lines are read and output goes
   * @param history the file that keeps the lines typed between sessions
   * @param factory the command tree each line runs through
   * @param laws the laws a command applies when its line names none (none: each command's own default)
   */
  public Shell(Terminal terminal, Path history, CommandFactory factory, List<LawId> laws) {
    this.terminal = terminal;
    this.factory = factory;
    this.laws = List.copyOf(laws);
    this.runner = new CommandRunner(terminal);
    DefaultParser parser = new DefaultParser();
    // Windows paths keep their backslashes; quotes still group words.
    parser.setEscapeChars(new char[0]);
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("camsurvey")
        .parser(parser)
        .completer(new ShellCompleter(commands(factory, new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()), session, laws).getCommandSpec(), session))
        .variable(LineReader.HISTORY_FILE, history)
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
        .build();
    // JLine's keymap for a dumb terminal inserts every key as typed; Tab completes there too.
    reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(LineReader.COMPLETE_WORD), "\t");
  }

  /** A shell on the terminal the process runs in: a real one, or a dumb one for piped input. */
  public static int onSystemTerminal(Path history, CommandFactory factory, List<LawId> laws) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return new Shell(terminal, history, factory, laws).run();
    }
  }

  /** A shell reading the given input and writing to the given output, as a dumb terminal would. */
  public static int onStreams(InputStream in, OutputStream out, Path history, CommandFactory factory)
      throws IOException {
    return onStreams(in, out, history, factory, List.of());
  }

  /** As {@link #onStreams(InputStream, OutputStream, Path, CommandFactory)}, with the session's laws. */
  public static int onStreams(InputStream in, OutputStream out, Path history, CommandFactory factory, List<LawId> laws)
      throws IOException {
    try (Terminal terminal = new DumbTerminal("camsurvey", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8)) {
      return new Shell(terminal, history, factory, laws).run();
    }
  }

  /** Reads and runs lines until {@code exit}, Ctrl-D or the end of the input; returns 0. */
  public int run() throws IOException {
    PrintWriter screen = terminal.writer();
    screen.println("camsurvey shell: help lists the commands, Tab completes, exit or Ctrl-D leaves.");
    screen.flush();
    try {
      while (true) {
        String line;
        try {
          line = reader.readLine(prompt());
        } catch (UserInterruptException e) {
          continue; // Ctrl-C at the prompt drops the line typed, as shells do
        } catch (EndOfFileException e) {
          break;
        }
        List<String> words = words(line);
        if (words.isEmpty()) {
          continue;
        }
        if (LEAVING.contains(words.get(0))) {
          break;
        }
        runner.run((out, err) -> commands(factory, out, err, session, laws).execute(words.toArray(String[]::new)));
      }
    } finally {
      reader.getHistory().save();
    }
    return ExitCode.OK;
  }

  private String prompt() {
    return session.current().map(open -> "camsurvey " + open.survey().name() + "> ").orElse("camsurvey> ");
  }

  private List<String> words(String line) {
    List<String> words = new ArrayList<>(reader.getParser().parse(line, line.length(), ParseContext.ACCEPT_LINE).words());
    words.removeIf(String::isEmpty);
    return words;
  }

  /**
   * The shell's command tree: every command but {@code shell}, and those only a session has. A fresh
   * one for each line, so that no option outlives its line. The session's laws stand in for a
   * {@code --law} the line leaves out.
   */
  static CommandLine commands(CommandFactory factory, PrintWriter out, PrintWriter err, SurveySession session,
      List<LawId> laws) {
    CommandLine tree = factory.create(out, err, session);
    tree.getCommandSpec().removeSubcommand("shell");
    tree.addSubcommand(new OpenCommand());
    tree.addSubcommand(new CloseCommand());
    tree.addSubcommand(new ShowCommand());
    if (!laws.isEmpty()) {
      String codes = String.join(",", laws.stream().map(LawId::code).toList());
      tree.setDefaultValueProvider(arg -> arg instanceof OptionSpec option && option.longestName().equals("--law")
          ? codes : null);
    }
    // the writers reach only the subcommands there when they are set
    return tree.setOut(out).setErr(err);
  }
}
