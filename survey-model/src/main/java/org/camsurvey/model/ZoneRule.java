package org.camsurvey.model;

import java.util.Locale;
import java.util.Optional;

/** Whether the law requires cameras on a zone (Art. 8) or forbids them (Art. 9). */
public enum ZoneRule {
  MANDATED(8),
  FORBIDDEN(9);

  private final int article;

  ZoneRule(int article) {
    this.article = article;
  }

  /** The article whose items list zones of this kind. */
  public int article() {
    return article;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ZoneRule> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (ZoneRule rule : values()) {
      if (rule.code().equals(t)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
