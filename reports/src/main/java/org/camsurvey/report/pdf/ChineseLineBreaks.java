package org.camsurvey.report.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import org.camsurvey.report.LineBreaks;

/**
 * OpenPDF's hook for where a line may end, answered by {@link LineBreaks}: OpenPDF's default
 * breaks after any CJK character, so a line could start with "，" or "）" and split "第（一）项",
 * and it breaks ids at their hyphens.
 */
final class ChineseLineBreaks implements SplitCharacter {
  static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

  private ChineseLineBreaks() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char previous = current > start ? at(current - 1, cc, ck) : 0;
    char next = current + 1 < end ? at(current + 1, cc, ck) : 0;
    return LineBreaks.mayBreakAfter(previous, at(current, cc, ck), next);
  }

  /** The character at a position, as the font maps it back to Unicode where the chunk holds glyphs. */
  private static char at(int i, char[] cc, PdfChunk[] ck) {
    return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
  }
}
