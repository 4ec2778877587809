package org.camsurvey.cli.command;

import java.util.concurrent.Callable;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.report.pdf.FilingPacket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin DocumentCommandOptions options;

  @Override
  public Integer call() throws Exception {
    Documents.Prepared prepared = Documents.prepare(options, options.survey(), "FIL");
    byte[] pdf = FilingPacket.write(prepared.result(), prepared.info(), prepared.font(), Documents.remedies(options, prepared));
    Documents.write(pdf, options, prepared, spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
