package org.camsurvey.law;

import org.camsurvey.model.Language;

/**
 * Where a law stands in the hierarchy of the Law on Legislation: where two laws differ, the one
 * of higher rank prevails.
 */
public enum Rank {
  /** 地方政府规章: a rule made by a provincial or municipal people's government. */
  LOCAL_GOVERNMENT_RULE("地方政府规章", "local government rule"),
  /** 行政法规: made by the State Council. */
  ADMINISTRATIVE_REGULATION("行政法规", "administrative regulation");

  private final String zh;
  private final String en;

  Rank(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** Whether a law of this rank prevails over one of the other where they differ. */
  public boolean outranks(Rank other) {
    return compareTo(other) > 0;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
