package org.camsurvey.cli.shell;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.cli.run.SurveySession.OpenSurvey;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code open SURVEY} (shell only): reads a survey once for the commands that follow. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a survey and keeps it open: check, fov, filing, inspect and diff then use it when",
      "their SURVEY (diff: CURRENT) is left out or names it, unless they give import options of their own.",
      "Open it again to read files changed since."
    })
public final class OpenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SURVEY",
      description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file.")
  Path survey;

  @Mixin ImportOptionsMixin importOptions;

  @Override
  public Integer call() {
    ImportOptions options = importOptions.toImportOptions();
    Survey read = SurveyReader.read(survey, options);
    SurveySession.of(spec).open(new OpenSurvey(survey, options, read));
    spec.commandLine().getOut().printf("%s: %d sites, %d cameras, %d zones%s%n", read.name(), read.sites().size(),
        read.cameras().size(), read.zones().size(),
        read.importWarnings().isEmpty() ? "" : ", " + read.importWarnings().size() + " data warning(s) (check lists them)");
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
