package org.camsurvey.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.camsurvey.cli.OutputFile;
import org.camsurvey.cli.VersionProvider;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.io.SurveyDigest;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.remedy.RemedyLaw;
import org.camsurvey.remedy.RemedyOptions;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.remedy.RemedySearch;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.excel.SurveyWorkbook;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;

/**
 * What the document commands share: reading and checking the survey and dating and numbering
 * the document, writing the PDF and its optional workbook whole, and the warning about
 * characters the font could not show.
 */
final class Documents {
  private Documents() {}

  /**
   * A survey read and checked for a document, with what its document bears and needs: the
   * checked result, number, date, digest, language, font, and the files it was read from.
   */
  record Prepared(CheckResult result, DocumentInfo info, DocumentFont font, List<Path> inputs) {}

  /**
   * Reads and checks the survey a document is for, once its outputs are known to be writable.
   *
   * @param kind the document number's prefix (FIL, INS)
   */
  static Prepared prepare(DocumentCommandOptions options, Path survey, String kind) {
    ImportOptionsMixin importOptions = options.importOptions();
    CheckOptions judged = options.check().toCheckOptions();
    List<Path> inputs = importOptions.inputs(survey);
    Path xlsx = options.xlsx();
    OutputFile.requireWritable(xlsx == null ? List.of(options.output()) : List.of(options.output(), xlsx),
        options.document().force(), inputs);
    Survey loaded = importOptions.read(survey);
    LocalDate date = options.document().date(loaded);
    DocumentFont font = options.document().font();
    CheckResult result = Checker.check(loaded, judged);
    String sha = SurveyDigest.sha256(survey, importOptions.optionsFor(survey));
    Language lang = options.language().or(Language.ZH);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number(kind, date, sha), date, loaded.name(), sha, lang,
        VersionProvider.version());
    return new Prepared(result, info, font, inputs);
  }

  /**
   * Fix's proposal for the document's annex where {@code --remedies} asks for it (with fix's
   * defaults; new cameras take the import options' camera defaults), else null.
   */
  static RemedyPlan remedies(DocumentCommandOptions options, Prepared prepared) {
    if (!options.remedies()) {
      return null;
    }
    RemedyOptions defaults = RemedyOptions.defaults();
    return RemedySearch.search(prepared.result(), RemedyLaw.MEASURES_2009, new RemedyOptions(defaults.maxTurnDegrees(),
        false, false, true, options.importOptions().toImportOptions().cameraDefaults()));
  }

  /**
   * Writes a prepared survey's document, and its workbook where one is asked for, both whole or
   * neither; then warns of any character the font lacked.
   */
  static void write(byte[] pdf, DocumentCommandOptions options, Prepared prepared, PrintWriter err) throws IOException {
    Map<Path, OutputFile.BinaryBody> files = new LinkedHashMap<>();
    files.put(options.output(), out -> out.write(pdf));
    if (options.xlsx() != null) {
      files.put(options.xlsx(), out -> SurveyWorkbook.write(prepared.result(), prepared.info(), out));
    }
    OutputFile.writeAll(options.document().force(), prepared.inputs(), files);
    warnMissingGlyphs(prepared.font(), err);
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
