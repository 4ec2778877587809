package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.BaselineOptions;
import org.camsurvey.cli.option.FindingsFormatOptions;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.OutputOptions;
import org.camsurvey.cli.option.LawOption;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.report.FindingMessages;
import org.camsurvey.rules.Art10BaselineRule;
import org.camsurvey.rules.CheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code camsurvey diff BASELINE CURRENT}: what moved, turned or changed its view since the
 * survey was filed (Art. 10: position, direction and range fixed), and which cameras were added
 * or removed.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what moved, turned or changed its view since filing (Art. 10; a move must be reported, Art. 19(5)).",
      "",
      "Compares CURRENT with BASELINE, the survey filed with the public security organ, camera",
      "by camera (same site_id and camera_id); lists cameras added or removed as warnings."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no camera moved, turned or changed its view (cameras added or removed are warnings)",
      "1:at least one camera moved, turned or changed its view (an Art. 10 deficiency)",
      "2:the command line is wrong",
      "3:input rejected",
      "4:any other failure"
    })
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASELINE", description = "The survey as filed.")
  Path baseline;

  @Parameters(index = "1", arity = "0..1", paramLabel = "CURRENT",
      description = "The survey as it stands now; in the shell, the open survey when left out.")
  Path current;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin BaselineOptions tolerances;

  @Mixin LanguageOption language;

  @Mixin FindingsFormatOptions findingsFormat;

  @Mixin LawOption law;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    current = importOptions.surveyOrOpen(current, "CURRENT");
    findingsFormat.validate(spec.commandLine());
    List<Path> inputs = importOptions.inputs(baseline, current);
    if (!output.toStandardOutput()) {
      OutputFile.requireWritable(output.file(), output.force(), inputs);
    }
    Art10BaselineRule rule = new Art10BaselineRule(importOptions.read(baseline), tolerances.toTolerances());
    CheckResult result = rule.diff(importOptions.read(current), law.laws());
    FindingMessages messages = FindingMessages.of(language.orLocale());
    findingsFormat.print(spec.commandLine(), output, inputs, result, messages, current.toString());
    // diff's 1 has always meant "a camera changed since filing", which scripts test; the changes are
    // Art. 10 deficiencies, not violations, so it is said here rather than by hasViolations
    return result.findings().stream().anyMatch(f -> f.article() != null) ? ExitCode.VIOLATIONS : ExitCode.OK;
  }
}
