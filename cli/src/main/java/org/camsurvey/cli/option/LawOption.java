package org.camsurvey.cli.option;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.camsurvey.model.LawId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --law cq2009|cn2025}, or several separated by commas ({@code cn2025,cq2009}): the laws a
 * command applies or prints, each once, in the order given. An unknown id is a usage error.
 */
public final class LawOption {
  @Option(
      names = "--law",
      paramLabel = "LAW",
      split = ",",
      converter = LawConverter.class,
      completionCandidates = Laws.class,
      description = "The law: cq2009, the Chongqing measures of 2009 (the default); cn2025, the State Council's "
          + "regulation of 2025; or both, separated by a comma (cn2025,cq2009).")
  List<LawId> laws;

  /** The laws asked for, each once in the order first given; the measures where none is. */
  public List<LawId> laws() {
    return laws == null || laws.isEmpty() ? List.of(LawId.CQ2009) : List.copyOf(new LinkedHashSet<>(laws));
  }

  /** The laws the command line names, each once in the order first given; none where it names none. */
  public List<LawId> given() {
    return laws == null ? List.of() : List.copyOf(new LinkedHashSet<>(laws));
  }

  /** Reads one law id. */
  public static final class LawConverter implements ITypeConverter<LawId> {
    @Override
    public LawId convert(String value) {
      return LawId.parse(value).orElseThrow(() ->
          new TypeConversionException("'" + value + "' is not a law: write " + LawId.codes()
              + ", or several separated by commas"));
    }
  }

  /** The law ids, for completion. */
  public static final class Laws implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(LawId.values()).map(LawId::code).iterator();
    }
  }
}
