package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.cli.option.InspectionOptions;
import org.camsurvey.report.pdf.InspectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin InspectionOptions inspection;

  @Mixin DocumentCommandOptions options;

  @Override
  public Integer call() throws Exception {
    Path survey = options.survey();
    List<String> names = inspection.inspectors(spec.commandLine());
    InspectionOptions.Deadline deadline = inspection.deadline(spec.commandLine());
    Documents.Prepared prepared = Documents.prepare(options, survey, "INS");
    LocalDate due = deadline.after(prepared.info().date());
    byte[] pdf = InspectionReport.write(prepared.result(), new InspectionReport.Inspection(names, due),
        prepared.info(), prepared.font(), Documents.remedies(options, prepared));
    Documents.write(pdf, options, prepared, spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
