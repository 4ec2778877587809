package org.camsurvey.report.document;

/**
 * The sizes both renderers set text in: body text in 五号 (10.5 pt), table text no smaller than
 * 9 pt, headings in 四号 and 小四, and about 1.4 times the size between lines, as Chinese official
 * documents are set (GB/T 9704 sets its body larger; these are working papers, not 公文).
 */
public final class Typesetting {
  public static final float BODY = 10.5f;
  public static final float TABLE = 9f;
  public static final float HEADING = 14f;
  public static final float SUBHEADING = 12f;
  public static final float LEADING = 1.4f;

  private Typesetting() {}
}
