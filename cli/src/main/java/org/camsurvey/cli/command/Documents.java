package org.camsurvey.cli.command;

import java.io.PrintWriter;
import java.util.List;
import org.camsurvey.report.pdf.DocumentFont;

/** What the document commands share: the warning about characters the font could not show. */
final class Documents {
  private Documents() {}

  /** OpenPDF leaves out characters the font lacks without a word: say which. */
  static void warnMissingGlyphs(DocumentFont font, PrintWriter err) {
    List<String> missing = font.missing();
    if (!missing.isEmpty()) {
      err.println("camsurvey: warning: the font " + font.name() + " has no glyph for " + missing.size()
          + " character(s), left out of the document: " + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
          + (missing.size() > 20 ? ", …" : "") + "; give a font that has them with --font");
      err.flush();
    }
  }
}
