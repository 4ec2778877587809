package org.camsurvey.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.List;
import org.camsurvey.report.Hyphenation;

/**
 * OpenPDF's hook for a word that overflows its line, answered by {@link Hyphenation}: the longest
 * part before a hyphenation point that fits, with a hyphen. OpenPDF offers the letters after the
 * line's last space and does not say what follows them, so the run of text the hook was made for
 * is kept: a word that anywhere in it runs on into a digit or a joiner ({@code cam_north}, {@code
 * ABC-12}) is part of an id and is never hyphenated.
 */
final class EnglishHyphenation implements HyphenationEvent {
  private static final String JOINERS = "-_./:#²³°'’@";
  private final String text;
  private String post = "";

  EnglishHyphenation(String text) {
    this.text = text;
  }

  @Override
  public String getHyphenSymbol() {
    return "-";
  }

  @Override
  public String getHyphenatedWordPre(String word, BaseFont font, float fontSize, float remainingWidth) {
    post = word;
    List<Integer> points = Hyphenation.points(word);
    if (points.isEmpty() || partOfAnId(word)) {
      return "";
    }
    float hyphen = font.getWidthPoint(getHyphenSymbol(), fontSize);
    int fits = -1;
    for (int p : points) {
      if (font.getWidthPoint(word.substring(0, p), fontSize) + hyphen <= remainingWidth) {
        fits = p;
      }
    }
    if (fits < 0) {
      return "";
    }
    post = word.substring(fits);
    return word.substring(0, fits) + getHyphenSymbol();
  }

  @Override
  public String getHyphenatedWordPost() {
    return post;
  }

  /** Whether the word stands, somewhere in the text, next to a digit or a joiner of an id. */
  private boolean partOfAnId(String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      char before = at > 0 ? text.charAt(at - 1) : ' ';
      int end = at + word.length();
      char after = end < text.length() ? text.charAt(end) : ' ';
      if (joins(before) || joins(after)) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(char c) {
    return Character.isDigit(c) || JOINERS.indexOf(c) >= 0;
  }
}
