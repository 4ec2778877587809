package org.camsurvey.model;

/**
 * The stable codes of RULES.md: scripts depend on them, so they never change meaning.
 *
 * <p>Each code carries the article it rests on and the consequence article the reports cite
 * (null where the measures attach none); a finding may grade itself otherwise where its item
 * decides (the checklist codes). New codes are appended; {@link #article()} orders findings.
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
  DATA_UNKNOWN_SITE(null, Severity.WARNING, null),
  DATA_DEFAULTED(null, Severity.WARNING, null),
  ART18_TOO_FEW_PERSONS("18", Severity.VIOLATION, "27(5)"),
  ART18_NO_APPROVAL("18", Severity.VIOLATION, "27(5)"),
  ART20_MOVED("20", Severity.VIOLATION, "25(4)"),
  ART20_REAIMED("20", Severity.VIOLATION, "25(4)"),
  ART20_FOV_CHANGED("20", Severity.VIOLATION, "25(4)"),
  /** Graded per item: {@link Finding#severity()} and {@link Finding#consequence()} say which. */
  ART11_CHECKLIST("11", Severity.VIOLATION, "24"),
  ART12_CHECKLIST("12", Severity.DEFICIENCY, null),
  ART13_CHECKLIST("13", Severity.DEFICIENCY, null),
  ART19_CHECKLIST("19", Severity.VIOLATION, "25(3)"),
  /** Graded per item, as {@link #ART11_CHECKLIST}. */
  ART20_CHECKLIST("20", Severity.VIOLATION, "25(4)"),
  /** A camera of the current survey that the filed baseline does not have (or has under another number). */
  BASELINE_CAMERA_ADDED(null, Severity.WARNING, null),
  /** A camera of the filed baseline that the current survey does not have (or has under another number). */
  BASELINE_CAMERA_REMOVED(null, Severity.WARNING, null),
  /** An evidence photo whose EXIF position is more than 50 m from the camera it is said to show. */
  DATA_EVIDENCE_FAR(null, Severity.WARNING, null);

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
