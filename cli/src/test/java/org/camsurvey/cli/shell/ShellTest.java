package org.camsurvey.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Main;
import org.camsurvey.cli.command.ShellCommand;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shell driven through piped input on a dumb terminal, as a script drives it. */
class ShellTest {
  @TempDir Path folder;

  private String shell(String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Shell.onStreams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
        folder.resolve("history"), Main::commandLine);
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void opensASurveyOnceChecksItQuotesTheLawAndCompletes() throws IOException {
    String out = shell("open " + SampleSurveys.sample("jiefangbei").toString() + "\n"
        + "check --lang en\n"
        + "law 9\n"
        + "show cam\t\n"         // Tab completes the layer name of the open survey
        + "la\t10 --lan\ten\n"  // … a command and an option
        + "exit\n"
        + "law 11\n");

    assertThat(out).contains("jiefangbei: 7 sites, 25 cameras, 20 zones")
        .contains("camsurvey jiefangbei> Survey: jiefangbei")
        .contains("15 violations, 3 deficiencies, 1 warning")
        .contains("第九条　下列场所和区域禁止安装公共视频系统：")
        .contains("JFB-BANK/B-03  heading")
        .contains("Article 10")
        .doesNotContain("第十一条");
    assertThat(folder.resolve("history")).content(StandardCharsets.UTF_8)
        .contains("check --lang en").contains("law 10 --lang en");
  }

  /** {@code shell --law}, as the command line parses it, on piped lines. */
  private String shellWithLaw(String law, String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ShellCommand shell = new ShellCommand(Main::commandLine, (history, commands, laws) ->
        Shell.onStreams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, history, commands, laws));
    int code = new CommandLine(shell).execute("--law", law, "--history", folder.resolve("history").toString());
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theShellsLawIsEveryCommandsUnlessItsLineNamesAnother() {
    String out = shellWithLaw("cn2025", "law 34\n"
        + "check " + SampleSurveys.sample("jiefangbei") + " --date 2026-11-20 --format json\n"
        + "law 28 --law cq2009\n");

    assertThat(out).contains("第三十四条　本条例自2025年4月1日起施行").contains("CN14_NOT_FILED")
        .contains("第二十八条　本办法自2009年12月11日起施行").doesNotContain("ART9_");
  }

  @Test
  void bothLawsForTheSession() {
    String out = shellWithLaw("cn2025,cq2009", "check " + SampleSurveys.sample("jiefangbei") + " --format json\n");

    assertThat(out).contains("CN8_FORBIDDEN_VIEW").contains("ART9_");
  }

  @Test
  void theHistoryOfEarlierSessionsIsKept() throws IOException {
    shell("law 9\nexit\n");
    shell("law 10\n");

    assertThat(folder.resolve("history")).content(StandardCharsets.UTF_8).contains("law 9").contains("law 10");
  }

  @Test
  void aFailingCommandLeavesTheShellRunning() throws IOException {
    String out = shell("check\nchekc\nshow\nlaw 99\nlaw 8.1\n");

    assertThat(out).contains("Missing required parameter: 'SURVEY' (name the survey, or in the shell open it first)")
        .contains("Did you mean: camsurvey check")
        .contains("no survey is open: open SURVEY first")
        .contains("第八条");
  }

  @Test
  void showListsTheSiteClassTheZoneKindAndTheCamerasConsentAndProposal() throws IOException {
    Path survey = Files.createDirectory(folder.resolve("airport"));
    Files.writeString(survey.resolve("sites.csv"), "site_id,name,class\nS1,江北机场,operator\n");
    Files.writeString(survey.resolve("cameras.csv"), "camera_id,site_id,lon,lat,heading,hfov,range_m,consent,proposed\n"
        + "C1,S1,106.5770,29.5580,45,90,30,no,yes\n");
    Files.writeString(survey.resolve("zones.csv"), "zone_id,site_id,rule,item,kind,name,wkt\n"
        + "Z1,S1,sensitive,,,营区周边,\"POLYGON ((106.5771 29.5581, 106.5774 29.5581, 106.5774 29.5583, 106.5771 29.5581))\"\n"
        + "Z2,S1,forbidden,,fitting_room,试衣间,\"POLYGON ((106.5771 29.5581, 106.5774 29.5581, 106.5774 29.5583, 106.5771 29.5581))\"\n");

    String out = shell("open " + survey + "\nshow sites\nshow zones\nshow C1\n");

    assertThat(out).contains("S1  江北机场  class operator")
        .contains("S1/Z1  sensitive  营区周边")
        .contains("S1/Z2  forbidden fitting_room  试衣间")
        .containsPattern("consent +false")
        .containsPattern("proposed +true");
  }

  @Test
  void theShellItselfIsNotACommandOfTheShell() throws IOException {
    assertThat(shell("shell\n")).contains("Unmatched argument at index 0: 'shell'");
  }
}
