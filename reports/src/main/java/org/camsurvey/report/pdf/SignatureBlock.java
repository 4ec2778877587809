package org.camsurvey.report.pdf;

/**
 * Where a document leaves room for a signature: a page (from 1) and a rectangle on it in PDF
 * points from the page's lower left corner.
 *
 * @param signer the person the document names for this block, or null where it names a role
 *     (the building unit, the tester)
 */
public record SignatureBlock(int page, float left, float bottom, float right, float top, String signer) {
  public SignatureBlock {
    if (page < 1 || !(right > left) || !(top > bottom)) {
      throw new IllegalArgumentException("not a signature block: page " + page + " [" + left + ", " + bottom
          + ", " + right + ", " + top + "]");
    }
  }
}
