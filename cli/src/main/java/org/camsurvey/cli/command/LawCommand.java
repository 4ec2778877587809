package org.camsurvey.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.SummaryFormat;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.report.StatuteText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey law [ARTICLE]}: prints the measures, or the part cited. */
@Command(
    name = "law",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the measures, or one article, item or paragraph of them.",
      "The Chinese text is the law; --lang en prints the project's English rendering."
    })
public final class LawCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE", completionCandidates = Articles.class,
      description = "An article (24), an item (19.8 or 19(8)) or a paragraph (24(1) where the article has no items).")
  String citation;

  @Mixin LanguageOption language;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, or json: {\"language\", \"citation\", \"lines\"} (the whole: {\"title\", \"articles\"}) (default: ${DEFAULT-VALUE}).")
  SummaryFormat format;

  @Override
  public Integer call() throws IOException {
    Statute statute = Statute.of(language.or(Language.ZH));
    PrintWriter out = spec.commandLine().getOut();
    if (citation == null) {
      if (format == SummaryFormat.json) {
        StatuteText.writeAllJson(statute, out);
      } else {
        StatuteText.writeAll(statute, out);
      }
      return ExitCode.OK;
    }
    List<String> lines;
    try {
      lines = statute.quote(citation);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (format == SummaryFormat.json) {
      StatuteText.writeJson(statute, citation, lines, out);
    } else {
      StatuteText.writeLines(lines, out);
    }
    return ExitCode.OK;
  }

  /** The article numbers, for completion in bash, zsh and the shell. */
  public static final class Articles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Statute.of(Language.ZH).articles().stream().map(a -> Integer.toString(a.number())).iterator();
    }
  }
}
