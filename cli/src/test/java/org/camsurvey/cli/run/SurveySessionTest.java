package org.camsurvey.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Main;
import org.camsurvey.cli.run.SurveySession.OpenSurvey;
import org.camsurvey.fixture.SurveyFiles;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey held open (the shell's {@code open}) is what the commands read when SURVEY is left out
 * or names it: its files, deleted after opening, are not read again.
 */
class SurveySessionTest {
  @TempDir Path folder;

  private final SurveySession session = new SurveySession();
  private Path survey;

  @BeforeEach
  void openThenDeleteTheFiles() throws IOException {
    survey = SurveyFiles.clean(folder.resolve("survey"));
    session.open(new OpenSurvey(survey, ImportOptions.defaults(), SurveyReader.read(survey, ImportOptions.defaults())));
    Files.delete(survey.resolve("cameras.geojson"));
    Files.delete(survey.resolve("zones.geojson"));
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), session).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void commandsLeavingOutTheSurveyUseTheOpenOne() {
    Run check = run("check", "--lang", "en");
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).contains("1 site, 1 camera, 2 zones").contains("No findings");

    Run fov = run("fov", "-o", "-");
    assertThat(fov.exitCode()).as(fov.toString()).isZero();
    assertThat(fov.out()).contains("\"camera_id\"").contains("C1");
  }

  @Test
  void commandsNamingTheOpenSurveyUseItToo() {
    Run check = run("check", survey.toString(), "--format", "json");
    assertThat(check.exitCode()).as(check.toString()).isZero();

    Run diff = run("diff", folder.resolve("survey").resolve(".").toString());
    assertThat(diff.exitCode()).as(diff.toString()).isZero();
  }

  @Test
  void importOptionsOfTheirOwnReadTheFilesAgain() {
    Run check = run("check", "--crs", "EPSG:4326");
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCode.INPUT);
  }

  @Test
  void withoutASessionSurveyIsRequired() {
    Run check = Cli.run("check");
    assertThat(check.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(check.err()).contains("Missing required parameter: 'SURVEY'");
    Run diff = Cli.run("diff", survey.toString());
    assertThat(diff.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(diff.err()).contains("Missing required parameter: 'CURRENT'");
  }
}
