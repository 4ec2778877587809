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
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.io.SurveyDigest;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.FilingPacket;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey filing SURVEY -o packet.pdf}: the filing packet of Art. 15. */
@Command(
    name = "filing",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the filing packet of Art. 15 (PDF): cover page, system summary, camera inventory,",
      "a coverage map per site, the self-check results by article and an acceptance-test record."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the packet was written",
      "2:the command line is wrong (an output that exists without --force, …)",
      "3:input rejected",
      "4:any other failure"
    })
public final class FilingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SURVEY", description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file; in the shell, the open survey when left out.")
  Path survey;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The packet, a PDF file.")
  Path output;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the inventory, zones and findings as a workbook.")
  Path xlsx;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Mixin DocumentOptions documentOptions;

  @Mixin CheckOptionsMixin checkOptions;

  @Override
  public Integer call() throws Exception {
    survey = importOptions.surveyOrOpen(survey, "SURVEY");
    CheckOptions judged = checkOptions.toCheckOptions();
    List<Path> inputs = importOptions.inputs(survey);
    Documents.requireWritable(output, xlsx, documentOptions.force(), inputs);
    Survey loaded = importOptions.read(survey);
    LocalDate date = documentOptions.date(loaded);
    DocumentFont font = documentOptions.font();
    CheckResult result = Checker.check(loaded, judged);
    String sha = SurveyDigest.sha256(survey, importOptions.optionsFor(survey));
    Language lang = language.or(Language.ZH);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("FIL", date, sha), date, loaded.name(), sha, lang,
        VersionProvider.version());
    byte[] pdf = FilingPacket.write(result, info, font);
    Documents.write(pdf, output, xlsx, documentOptions.force(), inputs, result, info, font, spec.commandLine().getErr());
    return ExitCode.OK;
  }

}
