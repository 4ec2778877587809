package org.camsurvey.cli.option;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.camsurvey.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh|en}: the language of messages and documents. */
public final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LanguageConverter.class,
      completionCandidates = Languages.class,
      description = "Language of messages: zh (简体中文) or en; by default the system locale's.")
  Language language;

  /** The language asked for, else the one the system locale suggests. */
  public Language orLocale() {
    return language != null ? language : Language.fromLocale(Locale.getDefault());
  }

  /** The language asked for, else the given one. */
  public Language or(Language fallback) {
    return language != null ? language : fallback;
  }

  /** Reads zh or en. */
  public static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not zh or en"));
    }
  }

  /** zh and en, for completion. */
  public static final class Languages implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("zh", "en").iterator();
    }
  }
}
