package org.camsurvey.report;

/**
 * Where a line of a document may break, by the rules Chinese typesetting keeps (禁则) and the
 * project's own: no closing punctuation, closing bracket or 、 at the start of a line; no opening
 * bracket or quotation mark at its end; 第（一）项 in one piece; and ids, dates and numbers with
 * their units never split (ST-05, 2023-08-30, 48.04 m², 15 天). Latin text breaks at spaces and
 * at hyphens between words; inside a word only with a hyphen added, where an English document's
 * hyphenation puts one (pdf.EnglishHyphenation).
 *
 * <p>Where no break is allowed over a whole line (a path longer than the column), the renderer
 * still breaks where the line is full: these rules choose among breaks, they never overflow.
 */
public final class LineBreaks {
  /** Characters that never start a line. */
  private static final String NO_START = "，。、；：？！）》」』】〕〉〗”’％‰℃…—·．］｝,.;:!?)]}%";
  /** Characters that never end a line. */
  private static final String NO_END = "（《「『【〔〈〖“‘([{";
  /** Chinese words of measure that stay with the number before them. */
  private static final String CJK_UNITS = "米元天日年月人台个项条款次号页平";
  /** What an id, a date or a number is made of, in Latin script. */
  private static final String WORD_JOINERS = "-_./:#²³°";

  private LineBreaks() {}

  /**
   * Whether a line may end after {@code current}.
   *
   * @param previous the character before it, or 0 at the start of the text
   * @param current the last character the line would hold
   * @param next the character the next line would start with, or 0 at the end of the text
   */
  public static boolean mayBreakAfter(char previous, char current, char next) {
    if (next != 0 && NO_START.indexOf(next) >= 0) {
      return false;
    }
    if (NO_END.indexOf(current) >= 0) {
      return false;
    }
    if (current == '第' && next == '（' || current == '）' && (next == '项' || next == '款' || next == '条')) {
      return false;
    }
    if (isWordPart(current) && isWordPart(next) || isDigit(current) && CJK_UNITS.indexOf(next) >= 0) {
      return false;
    }
    if (current <= ' ' || Character.isSpaceChar(current)) {
      // a number keeps its unit (15 m, 30 days, 15 天); an id after a number (02 JFB-HOTEL) does not
      return !(isDigit(previous) && (isLowerLatin(next) || CJK_UNITS.indexOf(next) >= 0));
    }
    return current == '-' || current == '\u2010' || isCjk(current);
  }

  private static boolean isWordPart(char c) {
    return c != 0 && (c < 0x80 && Character.isLetterOrDigit(c) || WORD_JOINERS.indexOf(c) >= 0);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLowerLatin(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** The ranges OpenPDF's own line breaking takes as CJK, after which a line may end. */
  private static boolean isCjk(char c) {
    return c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00 || c >= 0xfe30 && c < 0xfe50
        || c >= 0xff00 && c < 0xffa0;
  }
}
