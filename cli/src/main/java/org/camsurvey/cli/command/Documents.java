package org.camsurvey.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.cli.OutputFile;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.excel.SurveyWorkbook;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.rules.CheckResult;

/**
 * What the document commands share: writing the PDF and its optional workbook whole, and the
 * warning about characters the font could not show.
 */
final class Documents {
  private Documents() {}

  /**
   * Checks, before any work, that the document and its workbook may be written.
   *
   * @param xlsx the workbook to write as well, or null
   * @param inputs the files the command reads
   */
  static void requireWritable(Path output, Path xlsx, boolean force, List<Path> inputs) {
    OutputFile.requireWritable(xlsx == null ? List.of(output) : List.of(output, xlsx), force, inputs);
  }

  /**
   * Writes a document made for a survey, and its workbook where one is asked for, both whole or
   * neither; then warns of any character the font lacked.
   *
   * @param xlsx the workbook to write as well, or null
   * @param inputs the files the command reads
   */
  static void write(byte[] pdf, Path output, Path xlsx, boolean force, List<Path> inputs, CheckResult result,
      DocumentInfo info, DocumentFont font, PrintWriter err) throws IOException {
    Map<Path, OutputFile.BinaryBody> files = new LinkedHashMap<>();
    files.put(output, out -> out.write(pdf));
    if (xlsx != null) {
      files.put(xlsx, out -> SurveyWorkbook.write(result, info, out));
    }
    OutputFile.writeAll(force, inputs, files);
    warnMissingGlyphs(font, err);
  }

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
