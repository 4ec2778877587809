package org.camsurvey.model;

import java.util.Locale;
import java.util.Optional;

/** The languages documents and messages are written in. */
public enum Language {
  /** Simplified Chinese, the language of the authorities and of the statute. */
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Chinese where the user's locale is Chinese, else English. */
  public static Language fromLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  public static Optional<Language> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_") || t.equals("cn")) {
      return Optional.of(ZH);
    }
    if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }
}
