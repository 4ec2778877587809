package org.camsurvey.report.pdf;

import java.util.List;

/**
 * A document laid out: its bytes, and where its signature blocks lie, in the order the document
 * lists its signers.
 */
public record LaidOutPdf(byte[] pdf, List<SignatureBlock> signatureBlocks) {
  public LaidOutPdf {
    signatureBlocks = List.copyOf(signatureBlocks);
  }
}
