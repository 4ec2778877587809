package org.camsurvey.report.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** A document's text as a reader extracts it, page by page: documents are compared by their text, not their bytes. */
final class PdfText {
  private PdfText() {}

  static String of(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder out = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        out.append("--- page ").append(page).append('\n').append(extractor.getTextFromPage(page).strip()).append('\n');
      }
      return out.toString();
    } finally {
      reader.close();
    }
  }
}
