package org.camsurvey.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.cli.option.SignOptions;
import org.camsurvey.report.pdf.FilingPacket;
import org.camsurvey.report.pdf.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code camsurvey filing SURVEY -o packet.pdf}: the filing packet of Art. 15. */
@Command(
    name = "filing",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the filing packet of Art. 15 (PDF, or DOCX by -o's extension): cover page, system summary, camera inventory,",
      "a coverage map per site, the self-check results by article and an acceptance-test record.",
      "With --sign, the first key signs as the building unit, a second as the designer and",
      "installer, a third as the tester (the acceptance record's signature blocks)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the packet was written",
      "2:the command line is wrong (an output that exists without --force, …)",
      "3:input rejected (the survey, or a keystore or key that cannot sign)",
      "4:any other failure"
    })
public final class FilingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DocumentCommandOptions options;

  @Mixin SignOptions sign;

  @Override
  public Integer call() throws Exception {
    Documents.requireSignable(options, sign);
    List<SigningKey> keys = sign.keys();
    Documents.Prepared prepared = Documents.prepare(options, options.survey(), "FIL");
    byte[] bytes = Documents.render(FilingPacket.model(prepared.result(), prepared.info(),
        Documents.remedies(options, prepared)), options, keys, prepared,
        "the building unit, the designer and installer, the tester");
    Documents.write(bytes, options, prepared, spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
