package org.camsurvey.cli.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completes what the command tree says may come next: commands, their options, option values
 * (formats, languages, …), article numbers of the law chosen for {@code law}, file paths wherever a path goes, and
 * the open survey's layers and camera ids for {@code show}.
 */
final class ShellCompleter implements Completer {
  private final CommandSpec root;
  private final SurveySession session;
  private final Completer files = new FileNameCompleter();

  ShellCompleter(CommandSpec root, SurveySession session) {
    this.root = root;
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    if (index == 0) {
      commands(root, candidates);
      return;
    }
    CommandLine sub = root.subcommands().get(words.get(0));
    if (sub == null) {
      return;
    }
    CommandSpec spec = sub.getCommandSpec();
    if (spec.name().equals("help")) {
      commands(root, candidates);
      return;
    }
    String previous = words.get(index - 1);
    OptionSpec option = previous.startsWith("-") ? spec.findOption(previous) : null;
    if (option != null && option.arity().max() > 0) {
      values(option, reader, line, candidates);
    } else if (line.word().startsWith("-")) {
      for (OptionSpec o : spec.options()) {
        if (!o.hidden()) {
          for (String name : o.names()) {
            candidates.add(new Candidate(name, name, null, firstLine(o.description()), null, null, true));
          }
        }
      }
    } else if (spec.name().equals("law") && positionOf(spec, words, index) == 0) {
      int order = 0;
      for (String article : articles(lawTyped(spec, words, index))) {
        candidates.add(new Candidate(article, article, null, null, null, null, true, order++));
      }
    } else if (spec.userObject() instanceof ShowCommand) {
      session.current().ifPresent(open -> ShowCommand.candidates(open.survey()).forEach(name -> candidates.add(new Candidate(name))));
    } else {
      int position = positionOf(spec, words, index);
      for (PositionalParamSpec p : spec.positionalParameters()) {
        if (p.index().contains(position)) {
          values(p, reader, line, candidates);
        }
      }
    }
  }

  private static void commands(CommandSpec root, List<Candidate> candidates) {
    for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
      candidates.add(new Candidate(e.getKey(), e.getKey(), null,
          firstLine(e.getValue().getCommandSpec().usageMessage().description()), null, null, true));
    }
    for (String word : Shell.LEAVING) {
      candidates.add(new Candidate(word, word, null, "leave the shell", null, null, true));
    }
  }

  private void values(ArgSpec arg, LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (arg.completionCandidates() != null) {
      // listed in their own order (article 2 before 10), not as strings
      int order = 0;
      for (String value : arg.completionCandidates()) {
        candidates.add(new Candidate(value, value, null, null, null, null, true, order++));
      }
    } else if (takesPaths(arg)) {
      files.complete(reader, line, candidates);
    }
  }

  private static boolean takesPaths(ArgSpec arg) {
    return arg.type() == Path.class
        || arg.auxiliaryTypes().length > 0 && arg.auxiliaryTypes()[0] == Path.class;
  }

  /**
   * The law whose articles a {@code law} line completes: the one named by {@code --law} before the
   * word, else the shell's own ({@code shell --law}); the one with fewest articles where several
   * are (a citation must exist in each), the measures where none is.
   */
  private static LawId lawTyped(CommandSpec spec, List<String> words, int index) {
    List<String> values = new ArrayList<>();
    for (int i = 1; i < index; i++) {
      String value = words.get(i).startsWith("--law=") ? words.get(i).substring("--law=".length())
          : words.get(i).equals("--law") && i + 1 < index ? words.get(i + 1) : null;
      if (value != null) {
        values.add(value);
      }
    }
    if (values.isEmpty() && spec.defaultValueProvider() != null) {
      try {
        Optional.ofNullable(spec.defaultValueProvider().defaultValue(spec.findOption("--law"))).ifPresent(values::add);
      } catch (Exception e) {
        throw new IllegalStateException(e); // the shell's provider only looks up its own list
      }
    }
    List<LawId> named = new ArrayList<>();
    for (String value : values) {
      Arrays.stream(value.split(",")).map(LawId::parse).flatMap(Optional::stream).forEach(named::add);
    }
    return named.stream().min(Comparator.comparingInt(id -> articles(id).size())).orElse(LawId.CQ2009);
  }

  /** The article numbers of a law, which the law command's first parameter takes. */
  private static List<String> articles(LawId law) {
    return Statute.of(law, Language.ZH).articleNumbers();
  }

  /** Which positional parameter the word at {@code index} is: words that are neither options nor their values. */
  private static int positionOf(CommandSpec spec, List<String> words, int index) {
    int position = 0;
    for (int i = 1; i < index; i++) {
      String word = words.get(i);
      OptionSpec option = word.startsWith("-") ? spec.findOption(word) : null;
      if (option != null) {
        if (option.arity().max() > 0 && !word.contains("=")) {
          i++;
        }
      } else if (!word.startsWith("-")) {
        position++;
      }
    }
    return position;
  }

  private static String firstLine(String[] description) {
    return description.length == 0 ? null : description[0];
  }
}
