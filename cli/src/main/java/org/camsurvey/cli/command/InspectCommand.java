package org.camsurvey.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.cli.option.InspectionOptions;
import org.camsurvey.cli.option.SignOptions;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.law.DayCount;
import org.camsurvey.report.Inspector;
import org.camsurvey.report.OfficeProfile;
import org.camsurvey.report.excel.FindingDeadlines;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.report.pdf.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code camsurvey inspect SURVEY -o report.pdf --inspector A:CERT --inspector B:CERT}: the inspection report. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the inspection report (PDF, or DOCX by -o's extension): findings by article with their evidence, the article and",
      "its consequence quoted, a rectification deadline, maps, and signature blocks for the inspectors.",
      "With --office, the inspection record and a rectification notice per unit follow, each numbered in the office's pattern;",
      "--split DIR also writes the report, the record and each notice on its own, each named by its number.",
      "With --sign, the keys sign in the inspectors' blocks, in the order of --inspector."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was written",
      "2:the command line is wrong (fewer than two inspectors, one without a certificate number, an output that exists, …)",
      "3:input rejected (the survey, or a keystore or key that cannot sign)",
      "4:any other failure"
    })
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InspectionOptions inspection;

  @Mixin DocumentCommandOptions options;

  @Mixin SignOptions sign;

  @Option(names = "--office", paramLabel = "FILE",
      description = "The office that issues the documents (a UTF-8 properties file, as samples/office.properties): "
          + "with it, the inspection record and one rectification notice per unit follow the report, each with its own number and pages.")
  Path office;

  @Option(names = "--split", paramLabel = "DIR",
      description = "Also write the report and each rectification notice on its own into DIR, each named by its number,"
          + " in -o's format (PDF, or DOCX for a .docx).")
  Path split;

  @Override
  public Integer call() throws Exception {
    Path survey = options.survey();
    List<Inspector> names = inspection.inspectors(spec.commandLine());
    InspectionOptions.Deadline deadline = inspection.deadline(spec.commandLine());
    Documents.requireSignable(options, sign);
    if (split != null && sign.signs()) {
      throw new CommandFailure(ExitCode.USAGE, "--sign signs the whole report: leave out --split to sign it");
    }
    OfficeProfile issuer = office == null ? null : OfficeProfile.read(office);
    List<SigningKey> keys = sign.keys();
    if (keys.size() > names.size()) {
      throw new CommandFailure(ExitCode.USAGE, "--sign is given " + keys.size() + " times for " + names.size()
          + " inspectors: one key per inspector, in the order of --inspector");
    }
    Documents.Prepared prepared = Documents.prepare(options, survey, "INS");
    DayCount.LastDay due = deadline.due(prepared.info().date());
    DocumentModel report = InspectionReport.model(prepared.result().with(due.warnings()),
        new InspectionReport.Inspection(names, due.date()), prepared.info(), Documents.remedies(options, prepared), issuer);
    byte[] bytes = Documents.render(report, options, keys, prepared, "one per inspector");
    FindingDeadlines deadlines = InspectionReport.deadlines(prepared.info().text(), prepared.info().date(), due.date());
    if (split == null) {
      Documents.write(bytes, options, prepared, deadlines, spec.commandLine().getErr());
      return ExitCode.OK;
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(options.output(), bytes);
    files.putAll(SplitDocuments.of(report, split, options, prepared));
    Files.createDirectories(split);
    Documents.writeEach(files, options, prepared, deadlines, spec.commandLine().getErr());
    return ExitCode.OK;
  }

}
