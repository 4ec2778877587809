package org.camsurvey.law;

/** Chinese numerals from 1 to 99 (一 … 九十九), as statutes number articles, paragraphs and items. */
public final class ChineseNumeral {
  private static final String DIGITS = "一二三四五六七八九";

  private ChineseNumeral() {}

  /**
   * The number a numeral writes.
   *
   * @throws IllegalArgumentException where the text is not a numeral from 1 to 99
   */
  public static int parse(String text) {
    if (!text.matches("[一二三四五六七八九]?十?[一二三四五六七八九]?") || text.isEmpty()
        || text.length() == 2 && text.indexOf('十') < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a Chinese numeral from 1 to 99");
    }
    int ten = text.indexOf('十');
    if (ten < 0) {
      return DIGITS.indexOf(text.charAt(0)) + 1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0)) + 1;
    int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) + 1;
    return tens * 10 + units;
  }

  /** The numeral for 1 to 99: 三, 十, 十九, 二十, 三十四. */
  public static String format(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException(n + " is outside 1..99");
    }
    int tens = n / 10;
    int units = n % 10;
    String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens - 1))) + "十";
    return units == 0 ? text : text + DIGITS.charAt(units - 1);
  }
}
