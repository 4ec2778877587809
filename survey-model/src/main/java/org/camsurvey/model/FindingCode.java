package org.camsurvey.model;

/**
 * The stable codes of docs/RULES.md: scripts depend on them, so they never change meaning.
 *
 * <p>Each code carries the article it rests on, the party who bears the duty and the consequence
 * article the reports cite (null where the measures attach none); a finding may grade itself
 * otherwise where its item decides (the checklist codes). New codes are appended; {@link
 * #article()} orders findings.
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
  /** Art. 18's duties fall on the officials who used the footage, answerable under Art. 27. */
  ART18_TOO_FEW_PERSONS("18", Severity.VIOLATION, "27(5)", Party.OFFICIAL),
  ART18_NO_APPROVAL("18", Severity.VIOLATION, "27(4)", Party.OFFICIAL),
  /** A camera moved since it was filed: Art. 10 wants its position fixed (Art. 19(5): report a move). */
  ART10_MOVED("10", Severity.DEFICIENCY, null),
  ART10_REAIMED("10", Severity.DEFICIENCY, null),
  ART10_FOV_CHANGED("10", Severity.DEFICIENCY, null),
  /** Graded per item: {@link Finding#severity()}, {@link Finding#party()} and {@link Finding#consequence()} say which. */
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
  /** A camera changed since it was filed that now sees a forbidden zone its filed view did not (Art. 20(2)). */
  ART20_REPURPOSED("20", Severity.VIOLATION, "25(4)"),
  /** An access-log row lacking what Art. 19(4) says the using unit must register. */
  ART19_LOG_INCOMPLETE("19", Severity.VIOLATION, "25(3)"),
  /** The unit refused the public security organ's access, or a department's in an emergency (Art. 25(2)). */
  ART17_CHECKLIST("17", Severity.VIOLATION, "25(2)"),
  /** A period's last day fell in a year the shipped holiday calendar lacks: weekends alone were counted. */
  DATA_CALENDAR_MISSING(null, Severity.WARNING, null),
  /** A crowd-mapped tag (OpenStreetMap's) that could not be read: the field was left to the defaults. */
  DATA_TAG_DEFAULTED(null, Severity.WARNING, null),
  /** A range of directions ({@code 190-100}): the middle of the arc was taken as the heading. */
  DATA_DIRECTION_RANGE(null, Severity.WARNING, null),
  /** A list of directions ({@code 90;160;270}): one camera per direction. */
  DATA_DIRECTION_LIST(null, Severity.WARNING, null),
  /** A curved geometry (GeoPackage CircularString, CurvePolygon, …) read as straight segments. */
  DATA_CURVE_LINEARISED(null, Severity.WARNING, null),
  /** A layer on a datum no shift to WGS 84 is known for, read as it stands ({@code --accept-datum}). */
  DATA_DATUM_UNSHIFTED(null, Severity.WARNING, null),
  /** An evidence photo whose EXIF position is more than 50 m from the camera it is said to show. */
  DATA_EVIDENCE_FAR(null, Severity.WARNING, null),
  // The 2025 regulation's codes (docs/RULES.md, "cn2025"): consequences are its articles.
  /** A camera of a public place sees a zone of a forbidden kind (Art. 8(1)); Art. 27(1) confiscates and fines. */
  CN8_FORBIDDEN_VIEW("8", Severity.VIOLATION, "27(1)"),
  CN8_INSIDE_FORBIDDEN("8", Severity.VIOLATION, "27(1)"),
  /** A camera sees or stands in a sensitive zone without the classified unit's prior consent (Art. 10). */
  CN10_NO_CONSENT("10", Severity.VIOLATION, "28"),
  /** No conspicuous sign (Art. 13, whose last sentence orders the correction itself). */
  CN13_NO_SIGNAGE("13", Severity.VIOLATION, "13"),
  CN14_NOT_FILED("14", Severity.VIOLATION, "29"),
  CN14_LATE_FILING("14", Severity.DEFICIENCY, null),
  /** Under 30 days' retention: the regulation sets no penalty; corrected in supervision (Art. 24). */
  CN17_SHORT_RETENTION("17", Severity.DEFICIENCY, "24"),
  CN16_LOG_INCOMPLETE("16", Severity.VIOLATION, "31"),
  /** A mandated place under-covered: the regulation allocates the duty to build but attaches no penalty. */
  CN7_UNCOVERED("7", Severity.DEFICIENCY, null),
  /** A camera of a non-public place that sees a zone of a forbidden kind (Art. 33(1)). */
  CN33_PRIVACY("33", Severity.VIOLATION, "33(2)"),
  /** A change since filing beyond the tolerances: Art. 13 sets the view as public safety requires; no penalty. */
  CN13_VIEW_CHANGED("13", Severity.DEFICIENCY, null),
  /** Checklist answers on the regulation, graded per duty as {@link #ART11_CHECKLIST}. */
  CN7_CHECKLIST("7", Severity.VIOLATION, "26"),
  CN8_CHECKLIST("8", Severity.VIOLATION, "27(2)"),
  CN9_CHECKLIST("9", Severity.VIOLATION, "26"),
  CN11_CHECKLIST("11", Severity.DEFICIENCY, null),
  CN12_CHECKLIST("12", Severity.DEFICIENCY, null),
  CN14_CHECKLIST("14", Severity.VIOLATION, "29"),
  CN15_CHECKLIST("15", Severity.VIOLATION, "31"),
  CN16_CHECKLIST("16", Severity.VIOLATION, "31"),
  CN17_CHECKLIST("17", Severity.VIOLATION, "31"),
  CN22_CHECKLIST("22", Severity.VIOLATION, "31"),
  CN23_CHECKLIST("23", Severity.VIOLATION, "31", Party.ANYONE),
  CN24_CHECKLIST("24", Severity.DEFICIENCY, null);

  private final String article;
  private final Severity severity;
  private final String consequence;
  private final Party party;

  FindingCode(String article, Severity severity, String consequence) {
    this(article, severity, consequence, Party.SITE);
  }

  FindingCode(String article, Severity severity, String consequence, Party party) {
    this.article = article;
    this.severity = severity;
    this.consequence = consequence;
    this.party = party;
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

  /**
   * The law whose rule makes the finding: {@code ART*} codes are the measures', {@code CN*} the
   * regulation's; data and baseline warnings belong to none unless the finding names one.
   */
  public LawId law() {
    if (name().startsWith("CN")) {
      return LawId.CN2025;
    }
    return name().startsWith("ART") ? LawId.CQ2009 : null;
  }

  /** Who bears the duty, unless the finding's item names another (Art. 20(1): anyone). */
  public Party party() {
    return party;
  }
}
