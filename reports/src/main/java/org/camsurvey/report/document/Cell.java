package org.camsurvey.report.document;

import java.util.List;

/**
 * A table cell: its lines (each its own paragraph), whether it is a header (shaded, bold), how
 * many columns it spans, the least height it takes (room to sign or write), the text size, and
 * optionally a picture under the lines and the signature block it belongs to.
 */
public record Cell(List<String> lines, boolean header, int colspan, float minHeightPoints, float size,
    Picture picture, SignatureMark signature) {
  public Cell {
    lines = List.copyOf(lines);
    if (colspan < 1) {
      throw new IllegalArgumentException("a cell spans at least one column");
    }
  }

  /**
   * A picture in a cell: the image file's bytes as checked on import (JPEG or PNG), drawn no larger
   * than the given size in points.
   */
  public record Picture(byte[] bytes, int widthPixels, int heightPixels, float maxWidthPoints, float maxHeightPoints) {}

  /**
   * Where a digital signature goes: cells that share an index (on one page) make one block.
   *
   * @param signer who signs there as the document names them, or null when it names a role
   */
  public record SignatureMark(int index, String signer) {}
}
