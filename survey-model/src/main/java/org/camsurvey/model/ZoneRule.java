package org.camsurvey.model;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the law asks of a zone: cameras (the measures' Art. 8), none (Art. 9), or, near military
 * and classified units, the unit's prior consent (the 2025 regulation's Art. 10, which the
 * measures do not know).
 */
public enum ZoneRule {
  MANDATED(8),
  FORBIDDEN(9),
  SENSITIVE(0);

  private final int article;

  ZoneRule(int article) {
    this.article = article;
  }

  /** The article of the measures whose items list zones under this rule; none for sensitive zones. */
  public OptionalInt article() {
    return article == 0 ? OptionalInt.empty() : OptionalInt.of(article);
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
