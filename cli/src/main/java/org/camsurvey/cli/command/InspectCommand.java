package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.cli.VersionProvider;
import org.camsurvey.cli.option.DocumentOptions;
import org.camsurvey.cli.option.CheckOptionsMixin;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.InspectionOptions;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.io.SurveyDigest;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey inspect SURVEY -o report.pdf --inspector A --inspector B}: the inspection report. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the inspection report (PDF): findings by article with their evidence, the article and",
      "its consequence quoted, a rectification deadline, maps, and signature blocks for the inspectors."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was written",
      "2:the command line is wrong (fewer than two inspectors, an output that exists, …)",
      "3:input rejected",
      "4:any other failure"
    })
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SURVEY", description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file; in the shell, the open survey when left out.")
  Path survey;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report, a PDF file.")
  Path output;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the inventory, zones and findings as a workbook.")
  Path xlsx;

  @Mixin InspectionOptions inspection;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Mixin DocumentOptions documentOptions;

  @Mixin CheckOptionsMixin checkOptions;

  @Override
  public Integer call() throws Exception {
    survey = importOptions.surveyOrOpen(survey, "SURVEY");
    List<String> names = inspection.inspectors(spec.commandLine());
    InspectionOptions.Deadline deadline = inspection.deadline(spec.commandLine());
    CheckOptions judged = checkOptions.toCheckOptions();
    List<Path> inputs = importOptions.inputs(survey);
    Documents.requireWritable(output, xlsx, documentOptions.force(), inputs);
    Survey loaded = importOptions.read(survey);
    LocalDate date = documentOptions.date(loaded);
    LocalDate due = deadline.after(date);
    DocumentFont font = documentOptions.font();
    CheckResult result = Checker.check(loaded, judged);
    String sha = SurveyDigest.sha256(survey, importOptions.optionsFor(survey));
    Language lang = language.or(Language.ZH);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("INS", date, sha), date, loaded.name(), sha, lang,
        VersionProvider.version());
    byte[] pdf = InspectionReport.write(result, new InspectionReport.Inspection(names, due), info, font);
    Documents.write(pdf, output, xlsx, documentOptions.force(), inputs, result, info, font, spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
