package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on the access log (Art. 18) and the inspection checklist, end to end. */
class CheckDutiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path survey(Path dir, String accessLog, String checklist) throws IOException {
    Path folder = SurveyFiles.clean(dir.resolve("survey"));
    if (accessLog != null) {
      Files.writeString(folder.resolve("access_log.csv"), accessLog, StandardCharsets.UTF_8);
    }
    if (checklist != null) {
      Files.writeString(folder.resolve("checklist.csv"), checklist, StandardCharsets.UTF_8);
    }
    return folder;
  }

  @Test
  void accessLogAndChecklistFindings(@TempDir Path dir) throws IOException {
    Path folder = survey(dir,
        "site_id,when,persons,approval,purpose,footage,recorded_by,retrieved_by,destination\n"
            + "S1,2024-03-05 14:30,2,渝公(2024)12号,案件调查,C1,王伟,张伟（渝中分局）,入卷\n"
            + "S1,2024-03-06 09:05,1,,案件调查,C1,王伟,李强（渝中分局）,入卷\n"
            + "S1,2024-03-07 10:00,,渝公(2024)15号,,C1,,,\n",
        "site_id,article,item,answer,note,checked_by,when\n"
            + "S1,19,4,yes,,王芳,2024-06-03\n"
            + "S1,20,1,no,,王芳,2024-06-03\n"
            + "S1,13,,na,,王芳,2024-06-03\n");

    Run run = Cli.run("check", folder.toString(), "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(CheckCommandTest.rows(doc)).containsExactly(
        "ART18_TOO_FEW_PERSONS S1 - - item 1",
        "ART18_NO_APPROVAL S1 - - item 3",
        "ART19_LOG_INCOMPLETE S1 - - item 4",
        "ART20_CHECKLIST S1 - - item 1",
        "DATA_MISSING_FIELD S1 - - item -");
    JsonNode tooFew = doc.get("findings").get(0);
    assertThat(tooFew.get("severity").asText()).isEqualTo("violation");
    assertThat(tooFew.get("party").asText()).as("the officials' duty, not the site's").isEqualTo("official");
    assertThat(tooFew.get("consequence").asText()).isEqualTo("27(5)");
    assertThat(tooFew.get("when").asText()).isEqualTo("2024-03-06 09:05");
    assertThat(tooFew.get("footage").toString()).isEqualTo("[\"C1\"]");
    assertThat(tooFew.get("file").asText()).endsWith("access_log.csv");
    assertThat(tooFew.get("layer").asText()).isEqualTo("access_log");
    assertThat(tooFew.get("record").asText()).isEqualTo("#2");
    JsonNode incomplete = doc.get("findings").get(2);
    assertThat(incomplete.get("party").asText()).isEqualTo("site");
    assertThat(incomplete.get("consequence").asText()).isEqualTo("25(3)");
    assertThat(incomplete.get("record").asText()).isEqualTo("#3");
    assertThat(incomplete.get("missing").toString()).isEqualTo("[\"recorded_by\",\"retrieved_by\",\"purpose\",\"destination\"]");
    JsonNode checklist = doc.get("findings").get(3);
    assertThat(checklist.get("severity").asText()).as("Art. 20(1): theft or damage, by anyone").isEqualTo("violation");
    assertThat(checklist.get("party").asText()).isEqualTo("anyone");
    assertThat(checklist.get("consequence").asText()).isEqualTo("26");
    assertThat(checklist.get("checked_by").asText()).isEqualTo("王芳");
    assertThat(doc.get("summary").get("deficiencies").asInt()).isZero();
    assertThat(doc.get("findings").get(4).get("record").asText()).isEqualTo("#3");
  }

  @Test
  void aChecklistNoAloneOnADeficiencyExitsZero(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, null, "site_id,article,item,answer\nS1,12,,no\nS1,13,,否\n");

    Run run = Cli.run("check", folder.toString(), "--lang", "zh");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).contains("ART12_CHECKLIST", "ART13_CHECKLIST", "0 项违法，2 项缺陷，0 项警告");
  }

  /** Arts. 17 and 20(7) refused or obstructed access (Art. 25(2)); 20(1) is anyone's act, referred (Art. 26). */
  @Test
  void refusingAccessIsTheSitesViolationAndTheftIsReferred(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, null, "site_id,article,item,answer\nS1,17,,no\nS1,20,7,否\nS1,20,1,no\nS1,20,2,yes\n");

    Run run = Cli.run("check", folder.toString(), "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> graded = new java.util.ArrayList<>();
    JSON.readTree(run.out()).get("findings").forEach(f -> graded.add(f.get("code").asText() + " " + f.path("item").asText()
        + " " + f.get("severity").asText() + " " + f.get("party").asText() + " " + f.get("consequence").asText()));
    // in the checklist's record order, for one site, code and no camera or zone
    assertThat(graded).containsExactly("ART17_CHECKLIST  violation site 25(2)", "ART20_CHECKLIST 7 violation site 25(2)",
        "ART20_CHECKLIST 1 violation anyone 26");
  }

  @Test
  void anUnknownDutyIsRejected(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, null, "site_id,article,item,answer\nS1,19,9,no\n");

    Run run = Cli.run("check", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("checklist.csv", "layer 'checklist'", "record #1", "field 'item'",
        "Art. 19 item 9 is not a checklist duty");
  }
}
