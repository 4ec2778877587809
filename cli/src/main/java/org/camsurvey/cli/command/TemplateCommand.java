package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.OutputFileOptions;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.report.excel.SurveyTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code camsurvey template -o survey.xlsx}: a blank survey workbook to fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a blank survey workbook to fill in.",
      "One sheet per layer with the field names in row 1, drop-down lists for coded fields,",
      "checks on numbers and dates, and a sheet explaining every field in Chinese and English.",
      "Filled in, it is a survey every command reads."
    })
public final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputFileOptions output;

  @Mixin LanguageOption language;

  @Override
  public Integer call() throws Exception {
    Path file = output.file();
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx")) {
      throw new ParameterException(spec.commandLine(), file + ": the template is an Excel workbook; name it *.xlsx");
    }
    OutputFile.writeBinary(file, output.force(), List.of(), out -> SurveyTemplate.write(language.orLocale(), out));
    return ExitCode.OK;
  }
}
