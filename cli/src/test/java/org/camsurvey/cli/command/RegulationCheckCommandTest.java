package org.camsurvey.cli.command;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --law} end to end, as a new user would try it: the sample under each law and both;
 * surveys whose zones carry only {@code kind}, only an item of the measures, or both; sites of each
 * class; a camera near a {@code sensitive} zone with and without consent; filing dates either side
 * of a period's end.
 */
class RegulationCheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();
  /** A square 25–45 m north-east of the camera C1, wholly in its view. */
  private static final String SQUARE =
      "\"POLYGON ((106.5772 29.5582, 106.5774 29.5582, 106.5774 29.5584, 106.5772 29.5584, 106.5772 29.5582))\"";

  private static JsonNode json(Run run) throws IOException {
    return JSON.readTree(run.out());
  }

  /** The findings some law made, leaving out what the import warns of (the short CSV surveys lack optional fields). */
  private static List<String> judged(JsonNode doc) {
    return rows(doc).stream().filter(r -> !r.split(" ")[1].equals("-")).toList();
  }

  private static List<String> rows(JsonNode doc) {
    List<String> rows = new ArrayList<>();
    for (JsonNode f : doc.get("findings")) {
      rows.add(f.get("code").asText() + " " + f.path("law").asText("-") + " " + f.path("camera_id").asText("-")
          + " " + f.path("zone_id").asText("-"));
    }
    return rows;
  }

  @Test
  void theSampleUnderTheRegulation() throws IOException {
    Run run = Cli.run("check", SAMPLE, "--law", "cn2025", "--date", "2026-11-20", "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(rows(json(run))).containsExactly(
        "CN8_INSIDE_FORBIDDEN cn2025 B-03 Z-B-02",
        "CN8_FORBIDDEN_VIEW cn2025 H-03 Z-H-02",
        "CN8_CHECKLIST cn2025 - -",
        "CN8_FORBIDDEN_VIEW cn2025 H3-02 Z-H3-02",
        "CN16_LOG_INCOMPLETE cn2025 - -",
        "CN16_CHECKLIST cn2025 - -",
        "CN7_UNCOVERED cn2025 - Z-ST-02",
        "CN8_FORBIDDEN_VIEW cn2025 ST-05 Z-W-01",
        "CN10_NO_CONSENT cn2025 ST-08 Z-ST-03",
        "CN13_NO_SIGNAGE cn2025 ST-06 -",
        "CN14_NOT_FILED cn2025 ST-07 -",
        "CN10_NO_CONSENT cn2025 W-01 Z-ST-03",
        "DATA_MISSING_FIELD - W-01 -");
    // the hotel and the bank are other public places: their unfiled camera, late filing and short
    // retention are the measures' findings only (Art. 9(2))
    assertThat(run.out()).doesNotContain("H-04").doesNotContain("B-04").doesNotContain("\"?\"").doesNotContain(" ? ");
    JsonNode laws = json(run).get("summary").get("laws");
    assertThat(laws.get("cn2025").get("violations").asInt()).isEqualTo(11);
  }

  @Test
  void underBothLawsEachLawsFindingsAreThoseOfThatLawAlone() throws IOException {
    JsonNode both = json(Cli.run("check", SAMPLE, "--law", "cn2025,cq2009", "--date", "2026-11-20", "--format", "json"));
    JsonNode cn = json(Cli.run("check", SAMPLE, "--law", "cn2025", "--date", "2026-11-20", "--format", "json"));
    JsonNode cq = json(Cli.run("check", SAMPLE, "--format", "json"));

    List<String> bothRows = rows(both);
    assertThat(bothRows.stream().filter(r -> r.contains(" cn2025 ")).toList())
        .containsExactlyElementsOf(rows(cn).stream().filter(r -> r.contains(" cn2025 ")).toList());
    assertThat(bothRows.stream().filter(r -> r.contains(" cq2009 ")).toList())
        .containsExactlyElementsOf(rows(cq).stream().filter(r -> r.contains(" cq2009 ")).toList());
    assertThat(both.get("summary").get("laws").get("cq2009").get("violations").asInt())
        .isEqualTo(cq.get("summary").get("violations").asInt());
    // the measures alone: the document of before, each finding with its law, no per-law block
    assertThat(cq.get("summary").has("laws")).isFalse();
    assertThat(cq.get("findings").get(0).get("law").asText()).isEqualTo("cq2009");
  }

  /**
   * The sample's filed baseline: ST-05, filed looking north, has been turned onto the public toilet
   * next door; under the regulation its Art. 8(1) finding says that the view is new since filing
   * (beside the change itself, CN13_VIEW_CHANGED), and no other CN8 finding does.
   */
  @Test
  void againstTheFiledBaselineTheForbiddenViewNewSinceFilingSaysSo() throws IOException {
    String filed = Path.of(SAMPLE, "filed").toString();

    Run run = Cli.run("check", SAMPLE, "--law", "cn2025", "--baseline", filed, "--date", "2026-11-20",
        "--format", "json", "--lang", "en");
    Run table = Cli.run("check", SAMPLE, "--law", "cn2025", "--baseline", filed, "--date", "2026-11-20",
        "--lang", "zh", "--width", "400");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> changed = new ArrayList<>();
    for (JsonNode f : json(run).get("findings")) {
      if (f.has("changed_since_filing")) {
        changed.add(f.get("code").asText() + " " + f.get("camera_id").asText() + " " + f.get("zone_id").asText() + " "
            + f.get("changed_since_filing").asText() + ": " + f.get("message").asText());
      }
    }
    assertThat(changed).containsExactly("CN8_FORBIDDEN_VIEW ST-05 Z-W-01 true: Camera ST-05 sees 48.04 m\u00b2 of zone "
        + "Z-W-01 “公共卫生间（男、女）” of site JFB-WC, a place where the regulation forbids installing cameras "
        + "(Art. 8(1)(三) of the regulation). The camera has changed since it was filed, and its filed view did not "
        + "take in this zone.");
    assertThat(rows(json(run))).contains("CN13_VIEW_CHANGED cn2025 ST-05 -");
    assertThat(table.out()).contains("该摄像机自备案以来发生变化，其备案时的视场不含该区域。");
  }

  @Test
  void theTableCountsEachLawApartAndSpeaksChineseOrEnglish() {
    Run zh = Cli.run("check", SAMPLE, "--law", "cn2025,cq2009", "--date", "2026-11-20", "--lang", "zh");
    Run en = Cli.run("check", SAMPLE, "--law", "cn2025,cq2009", "--date", "2026-11-20", "--lang", "en", "--width", "200");

    assertThat(zh.out()).contains("条例第十条").contains("条例第八条第一款第（一）项").contains("cn2025：11 项违法")
        .contains("cq2009：15 项违法");
    assertThat(en.out()).contains("(Art. 8(1)(一) of the regulation)").contains("cn2025: 11 violations")
        .contains("the regulation's catch-all item");
  }

  @Test
  void anUnknownLawIsAUsageError() {
    Run run = Cli.run("check", SAMPLE, "--law", "cn2024");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'cn2024' is not a law");
  }

  /** One camera C1 of site S1 looking north-east at one zone, written as CSV. */
  private static Path survey(Path dir, String siteClass, String zoneRow, String consent, String installed,
      String filed) throws IOException {
    Files.writeString(dir.resolve("sites.csv"), "site_id,name,class\nS1,某场所," + siteClass + "\n");
    Files.writeString(dir.resolve("cameras.csv"),
        "camera_id,site_id,lon,lat,heading,hfov,range_m,signage,retention,installed,filed,consent\n"
            + "C1,S1,106.5770,29.5580,45,90,60,yes,30," + installed + "," + filed + "," + consent + "\n");
    Files.writeString(dir.resolve("zones.csv"), "zone_id,site_id,rule,item,kind,name,wkt\n" + zoneRow + SQUARE + "\n");
    return dir;
  }

  @ParameterizedTest(name = "item {0}, kind {1}")
  @CsvSource(nullValues = "null", value = {
      "null, toilet, CN8_FORBIDDEN_VIEW, ART9_FORBIDDEN_VIEW",
      "9.3, null, CN8_FORBIDDEN_VIEW, ART9_FORBIDDEN_VIEW",
      "9.3, fitting_room, CN8_FORBIDDEN_VIEW, ART9_FORBIDDEN_VIEW",
      "9.5, null, CN8_FORBIDDEN_VIEW, ART9_FORBIDDEN_VIEW",
      "null, ballot, CN8_FORBIDDEN_VIEW, ART9_FORBIDDEN_VIEW"})
  void aZoneGivenByItsKindItsItemOrBothIsJudgedByBothLaws(String item, String kind, String cn, String cq,
      @TempDir Path dir) throws IOException {
    String row = "Z1,S1,forbidden," + (item == null ? "" : item) + "," + (kind == null ? "" : kind) + ",某区域,";
    Path survey = survey(dir, "operator", row, "", "2020-01-01", "2020-01-10");

    JsonNode doc = json(Cli.run("check", survey.toString(), "--law", "cn2025,cq2009", "--date", "2026-11-20",
        "--format", "json"));

    assertThat(judged(doc)).containsExactly(cq + " cq2009 C1 Z1", cn + " cn2025 C1 Z1");
  }

  @Test
  void aMandatedKindTheMeasuresSplitIsJudgedByTheRegulationAndWarnedOfByTheMeasures(@TempDir Path dir)
      throws IOException {
    Path survey = survey(dir, "government", "Z1,S1,mandated,,public_road,某路口,", "", "2020-01-01", "2020-01-10");
    // the camera turned away: the crossing is not covered
    Files.writeString(dir.resolve("cameras.csv"), Files.readString(dir.resolve("cameras.csv")).replace(",45,90,", ",225,90,"));

    JsonNode doc = json(Cli.run("check", survey.toString(), "--law", "cn2025,cq2009", "--format", "json"));

    assertThat(judged(doc)).containsExactly("DATA_MISSING_FIELD cq2009 - Z1", "CN7_UNCOVERED cn2025 - Z1");
  }

  @ParameterizedTest(name = "class {0}, consent {1}")
  @CsvSource(nullValues = "null", value = {
      "government, no, CN10_NO_CONSENT",
      "operator, '', CN10_NO_CONSENT",
      "other, no, CN10_NO_CONSENT",
      "operator, yes, null",
      "private, no, null"})
  void aCameraNearASensitiveZoneNeedsConsent(String siteClass, String consent, String code, @TempDir Path dir)
      throws IOException {
    Path survey = survey(dir, siteClass, "Z1,S1,sensitive,,,营区周边,", consent, "2020-01-01", "2020-01-10");

    Run run = Cli.run("check", survey.toString(), "--law", "cn2025", "--format", "json");

    assertThat(judged(json(run))).containsExactlyElementsOf(code == null ? List.of() : List.of(code + " cn2025 C1 Z1"));
    assertThat(run.exitCode()).isEqualTo(code == null ? 0 : 1);
  }

  @ParameterizedTest(name = "class {0}, in use {1}, filed {2}, judged {3}: {4}")
  @CsvSource(nullValues = "null", value = {
      "operator, 2024-05-01, '', 2025-06-30, null",
      "operator, 2024-05-01, '', 2025-07-01, CN14_NOT_FILED",
      "operator, 2024-05-01, 2025-07-01, 2025-07-02, CN14_LATE_FILING",
      "government, 2025-09-01, '', 2025-10-09, null",
      "government, 2025-09-01, '', 2025-10-10, CN14_NOT_FILED",
      "other, 2025-09-01, '', 2026-11-20, null",
      "private, 2025-09-01, '', 2026-11-20, null"})
  void filingIsJudgedOnTheDateGiven(String siteClass, String installed, String filed, String date, String code,
      @TempDir Path dir) throws IOException {
    Path survey = survey(dir, siteClass, "Z1,S1,mandated,8.2,,某出入口,", "", installed, filed);

    Run run = Cli.run("check", survey.toString(), "--law", "cn2025", "--date", date, "--format", "json");

    List<String> codes = rows(json(run)).stream().filter(r -> r.startsWith("CN14")).toList();
    assertThat(codes).containsExactlyElementsOf(code == null ? List.of() : List.of(code + " cn2025 C1 -"));
  }

  @Test
  void batchJudgesTheFilingPeriodOnTheDateGivenWithoutReports(@TempDir Path dir) throws IOException {
    Path survey = survey(Files.createDirectory(dir.resolve("in")), "government", "Z1,S1,mandated,8.2,,某出入口,", "",
        "2025-09-01", "");

    List<String> codes = new ArrayList<>();
    for (String date : List.of("2025-10-09", "2025-10-10")) {
      Path out = dir.resolve("out-" + date);
      Run run = Cli.run("batch", survey.toString(), "--out-dir", out.toString(), "--law", "cn2025", "--date", date,
          "--quiet");
      assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
      codes.add(Files.readString(out.resolve("findings.jsonl")).contains("CN14_NOT_FILED") ? "CN14_NOT_FILED" : "-");
    }

    assertThat(codes).containsExactly("-", "CN14_NOT_FILED");
  }

  @Test
  void aChecklistRowOnAPartTheRegulationDoesNotAskIsRejected(@TempDir Path dir) throws IOException {
    Path survey = survey(dir, "operator", "Z1,S1,mandated,8.2,,某出入口,", "", "2020-01-01", "2020-01-10");
    Files.writeString(dir.resolve("checklist.csv"), "site_id,article,item,answer,law\nS1,16,(2)(四),no,cn2025\n");

    Run run = Cli.run("check", survey.toString(), "--law", "cn2025");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("checklist.csv").contains("item").contains("16(2)(一)");
  }

  @Test
  void diffNamesAChangeAsEachLawDoes(@TempDir Path dir) throws IOException {
    Path filed = survey(Files.createDirectory(dir.resolve("filed")), "operator", "Z1,S1,mandated,8.2,,某出入口,", "",
        "2020-01-01", "2020-01-10");
    Path now = survey(Files.createDirectory(dir.resolve("now")), "operator", "Z1,S1,mandated,8.2,,某出入口,", "",
        "2020-01-01", "2020-01-10");
    Files.writeString(now.resolve("cameras.csv"), Files.readString(now.resolve("cameras.csv")).replace(",45,90,", ",90,90,"));

    Run run = Cli.run("diff", filed.toString(), now.toString(), "--law", "cn2025,cq2009", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(judged(json(run))).containsExactly("ART10_REAIMED cq2009 C1 -", "CN13_VIEW_CHANGED cn2025 C1 -");
  }

  @Test
  void batchJudgesSiteBySiteAsCheckDoes(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Run batch = Cli.run("batch", SAMPLE, "--out-dir", out.toString(), "--law", "cn2025");
    JsonNode check = json(Cli.run("check", SAMPLE, "--law", "cn2025", "--format", "json"));

    assertThat(batch.exitCode()).as(batch.toString()).isEqualTo(1);
    List<String> lines = new ArrayList<>();
    for (String line : Files.readString(out.resolve("findings.jsonl")).split("\n")) {
      JsonNode f = JSON.readTree(line);
      lines.add(f.get("code").asText() + " " + f.path("law").asText("-") + " " + f.path("camera_id").asText("-")
          + " " + f.path("zone_id").asText("-"));
    }
    assertThat(lines).containsExactlyElementsOf(rows(check));
  }
}
