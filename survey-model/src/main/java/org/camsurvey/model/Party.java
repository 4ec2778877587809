package org.camsurvey.model;

import java.util.Locale;

/** Who bears the duty a finding is about (docs/RULES.md), and so whom a report addresses it to. */
public enum Party {
  /** The site's using unit, owner or operator: the party an inspection report is addressed to. */
  SITE,
  /**
   * The staff of the public security organ or another department who used the footage (Art. 18):
   * answerable to the supervising organ (Art. 27), never given a deadline in the site's report.
   */
  OFFICIAL,
  /** Any unit or person (Art. 20(1)): the act is recorded and referred (Art. 26). */
  ANYONE;

  /** The lower-case name scripts read in JSON and CSV. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
