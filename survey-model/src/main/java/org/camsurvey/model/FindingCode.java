package org.camsurvey.model;

/**
 * The stable codes of RULES.md: scripts depend on them, so they never change meaning.
 *
 * <p>Each code carries the article it rests on and the consequence article the reports cite
 * (0 where the measures attach none). Checklist and baseline codes arrive with their rules.
 */
public enum FindingCode {
  ART8_UNCOVERED("8", Severity.VIOLATION, "23"),
  ART9_FORBIDDEN_VIEW("9", Severity.VIOLATION, "24"),
  ART9_INSIDE_FORBIDDEN("9", Severity.VIOLATION, "24"),
  ART10_NO_SIGNAGE("10", Severity.DEFICIENCY, null),
  ART10_NOT_FIXED("10", Severity.DEFICIENCY, null),
  ART15_NOT_FILED("15", Severity.VIOLATION, "25(1)"),
  ART15_LATE_FILING("15", Severity.DEFICIENCY, null),
  ART19_SHORT_RETENTION("19", Severity.VIOLATION, "25(3)"),
  ART19_NOT_24H("19", Severity.VIOLATION, "25(3)"),
  DATA_MISSING_FIELD(null, Severity.WARNING, null),
  DATA_GEOMETRY_REPAIRED(null, Severity.WARNING, null),
  DATA_ENCODING_GUESSED(null, Severity.WARNING, null),
  DATA_INDEX_REBUILT(null, Severity.WARNING, null),
  DATA_UNKNOWN_SITE(null, Severity.WARNING, null);

  private final String article;
  private final Severity severity;
  private final String consequence;

  FindingCode(String article, Severity severity, String consequence) {
    this.article = article;
    this.severity = severity;
    this.consequence = consequence;
  }

  /** The article the finding rests on, or null for data warnings. */
  public String article() {
    return article;
  }

  public Severity severity() {
    return severity;
  }

  /** The article (and paragraph or item) that says what follows, or null where none does. */
  public String consequence() {
    return consequence;
  }
}
