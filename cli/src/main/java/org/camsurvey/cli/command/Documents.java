package org.camsurvey.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.SignOptions;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.remedy.RemedyLaw;
import org.camsurvey.remedy.RemedyOptions;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.remedy.RemedySearch;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.excel.FindingDeadlines;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.report.docx.DocxRenderer;
import org.camsurvey.report.excel.SurveyWorkbook;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.LaidOutPdf;
import org.camsurvey.report.pdf.PadesSigner;
import org.camsurvey.report.pdf.PdfRenderer;
import org.camsurvey.report.pdf.SignatureBlock;
import org.camsurvey.report.pdf.SigningException;
import org.camsurvey.report.pdf.SigningKey;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyDigest;
import org.camsurvey.view.CheckOptions;

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
        options.force(), inputs);
    Survey loaded = importOptions.read(survey);
    LocalDate date = options.document().date(loaded);
    DocumentFont font = options.document().font();
    // the document's date is the day its filing periods are judged on
    CheckResult result = Checker.check(loaded, judged.withDate(date));
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
    return RemedySearch.search(prepared.result(), RemedyLaw.of(prepared.result().options().laws()), new RemedyOptions(defaults.maxTurnDegrees(),
        false, false, true, options.importOptions().toImportOptions().cameraDefaults()));
  }

  /**
   * Writes a prepared survey's document, and its workbook where one is asked for, both whole or
   * neither; then warns of any character the font lacked.
   */
  static void write(byte[] pdf, DocumentCommandOptions options, Prepared prepared, PrintWriter err) throws IOException {
    write(pdf, options, prepared, null, err);
  }

  /**
   * {@link #write(byte[], DocumentCommandOptions, Prepared, PrintWriter)} with the deadlines an
   * inspection sets, for its workbook's findings.
   */
  static void write(byte[] pdf, DocumentCommandOptions options, Prepared prepared, FindingDeadlines deadlines,
      PrintWriter err) throws IOException {
    Map<Path, OutputFile.BinaryBody> files = new LinkedHashMap<>();
    files.put(options.output(), out -> out.write(pdf));
    if (options.xlsx() != null) {
      files.put(options.xlsx(), out -> SurveyWorkbook.write(prepared.result(), prepared.info(), deadlines, out));
    }
    OutputFile.writeAll(options.force(), prepared.inputs(), files);
    warnMissingGlyphs(prepared.font(), err);
  }

  /**
   * Writes several documents (a packet and its split copies), and the workbook where one is asked
   * for, all whole or none; then warns of any character the font lacked.
   */
  static void writeEach(Map<Path, byte[]> documents, DocumentCommandOptions options, Prepared prepared, PrintWriter err)
      throws IOException {
    writeEach(documents, options, prepared, null, err);
  }

  /**
   * {@link #writeEach(Map, DocumentCommandOptions, Prepared, PrintWriter)} with the deadlines an
   * inspection sets, for its workbook's findings.
   */
  static void writeEach(Map<Path, byte[]> documents, DocumentCommandOptions options, Prepared prepared,
      FindingDeadlines deadlines, PrintWriter err) throws IOException {
    Map<Path, OutputFile.BinaryBody> files = new LinkedHashMap<>();
    documents.forEach((path, bytes) -> files.put(path, out -> out.write(bytes)));
    if (options.xlsx() != null) {
      files.put(options.xlsx(), out -> SurveyWorkbook.write(prepared.result(), prepared.info(), deadlines, out));
    }
    OutputFile.writeAll(options.force(), prepared.inputs(), files);
    warnMissingGlyphs(prepared.font(), err);
  }

  /**
   * Refuses keys for a Word document before any work: a digital signature is a PDF's; an office
   * stamps its edited Word copy instead.
   */
  static void requireSignable(DocumentCommandOptions options, SignOptions sign) {
    if (options.docx() && sign.signs()) {
      throw new CommandFailure(ExitCode.USAGE, "--sign signs a PDF; " + options.output().getFileName()
          + " is a Word document: write the PDF to sign it");
    }
  }

  /**
   * The document's bytes in the format its output's extension names: a Word document, or the
   * PDF signed by each key in turn (see {@link #sign}).
   */
  static byte[] render(DocumentModel model, DocumentCommandOptions options, List<SigningKey> keys, Prepared prepared,
      String blocks) {
    if (options.docx()) {
      return DocxRenderer.render(model, prepared.info());
    }
    return sign(PdfRenderer.render(model, prepared.info(), prepared.font()), keys,
        SignOptions.signingTime(options.document()), prepared, blocks);
  }

  /**
   * The document signed by each key in turn, each in its own signature block and its own
   * incremental update, so that every signature covers those made before it; the document
   * unsigned when there are no keys. Done in memory, before anything is written.
   *
   * @param kind what the blocks are for, for the message when there are more keys than blocks
   */
  static byte[] sign(LaidOutPdf document, List<SigningKey> keys, Instant time, Prepared prepared, String kind) {
    List<SignatureBlock> blocks = document.signatureBlocks();
    if (keys.size() > blocks.size()) {
      throw new CommandFailure(ExitCode.USAGE, "--sign is given " + keys.size() + " times, but the document has "
          + blocks.size() + " signature blocks (" + kind + ")");
    }
    byte[] pdf = document.pdf();
    try {
      for (SigningKey key : keys) {
        key.requireValidAt(time);
      }
      for (int i = 0; i < keys.size(); i++) {
        pdf = PadesSigner.sign(pdf, blocks.get(i), "Signature" + (i + 1), keys.get(i), time, prepared.font(),
            prepared.info().text());
      }
    } catch (SigningException e) {
      throw new CommandFailure(ExitCode.INPUT, e.getMessage(), e);
    }
    return pdf;
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
