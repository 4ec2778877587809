package org.camsurvey.cli.shell;

import java.util.concurrent.Callable;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.SurveySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code close} (shell only): lets go of the open survey. */
@Command(name = "close", mixinStandardHelpOptions = true,
    description = "Lets go of the open survey; commands then need their SURVEY again.")
public final class CloseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SurveySession.of(spec).close();
    return ExitCode.OK;
  }
}
