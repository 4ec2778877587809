package org.camsurvey.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps text by the columns a terminal gives it: East Asian wide characters (汉字,
 * full-width punctuation) take two columns, others one.
 */
final class TextWidth {
  private TextWidth() {}

  static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  static String pad(String s, int width) {
    int w = of(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /**
   * Breaks text into lines no wider than the width, at spaces or between wide characters, never
   * after an opening bracket or before a closing one; a word longer than the width is cut at the
   * width.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    int breakAt = -1;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int w = wide(cp) ? 2 : 1;
      if (cp == ' ' && line.length() == 0) {
        continue;
      }
      if (wide(cp) && !closing(cp) && !opening(previous)) {
        breakAt = line.length();
      }
      line.appendCodePoint(cp);
      lineWidth += w;
      previous = cp;
      if (cp == ' ') {
        breakAt = line.length();
      }
      if (lineWidth > width) {
        // a table promises its width: a path or id longer than a line is cut rather than overflow
        int cut = breakAt > 0 ? breakAt : line.length() - Character.charCount(cp);
        if (cut > 0) {
          String rest = line.substring(cut);
          lines.add(line.substring(0, cut).stripTrailing());
          line = new StringBuilder(rest.stripLeading());
          lineWidth = of(line.toString());
          breakAt = -1;
        }
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** Punctuation that must not begin a line. */
  private static boolean closing(int cp) {
    return "，。、；：？！）》」』】".indexOf(cp) >= 0;
  }

  /** Punctuation that must not end a line. */
  private static boolean opening(int cp) {
    return cp >= 0 && "（《「『【“‘".indexOf(cp) >= 0;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
