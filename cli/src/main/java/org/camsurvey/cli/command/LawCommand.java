package org.camsurvey.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.LawOption;
import org.camsurvey.cli.option.SummaryFormat;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.model.LawId;
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

/** {@code camsurvey law [--law LAW] [ARTICLE]}: prints a law, or the part cited. */
@Command(
    name = "law",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a law, or one article, paragraph or item of it.",
      "--law cq2009 prints the Chongqing measures of 2009 (the default), --law cn2025 the State Council's regulation "
          + "of 2025, and --law cn2025,cq2009 each law's part in turn.",
      "The Chinese text is the law; --lang en prints the project's English rendering."
    })
public final class LawCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE", completionCandidates = Articles.class,
      description = "An article (24); an item (19.8 or 19(8); in the regulation also 8(1)(三), 8.1.3 or 8.3); "
          + "a paragraph (in the measures 24(1) where the article has no items; in the regulation 7(3)).")
  String citation;

  @Mixin LawOption law;

  @Mixin LanguageOption language;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, or json: {\"law\", \"language\", \"citation\", \"lines\"} (the whole: {\"law\", "
          + "\"language\", \"title\", \"articles\"}); with several laws, an array of them (default: ${DEFAULT-VALUE}).")
  SummaryFormat format;

  @Override
  public Integer call() throws IOException {
    Language lang = language.or(Language.ZH);
    List<LawId> laws = law.laws();
    // every part is found before anything is printed: a citation one law lacks prints nothing
    List<StatuteText.Part> parts = new ArrayList<>();
    for (LawId id : laws) {
      Statute statute = Statute.of(id, lang);
      if (citation == null) {
        parts.add(StatuteText.Part.whole(statute));
        continue;
      }
      try {
        parts.add(new StatuteText.Part(statute, citation, statute.quote(citation)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), (laws.size() > 1 ? id.code() + ": " : "") + e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == SummaryFormat.json) {
      StatuteText.writeJson(parts, out);
    } else {
      StatuteText.writeText(parts, out);
    }
    return ExitCode.OK;
  }

  /** The article numbers of the default law, for completion in bash and zsh. */
  public static final class Articles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Statute.of(LawId.CQ2009, Language.ZH).articleNumbers().iterator();
    }
  }
}
