package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;

/** Findings as RFC 4180 CSV. */
class FindingsCsvTest {
  private static final String HEADER = "code,severity,party,article,item,site_id,camera_id,zone_id,zone_site_id,obst_id,"
      + "overlap_m2,coverage,required,details,file,layer,record,message";

  @Test
  void headerAndOneRowPerFinding() throws IOException {
    String csv = write(ReportFixture.everyFinding(), Language.EN);
    List<CSVRecord> rows = parse(csv);

    assertThat(csv).startsWith(HEADER + "\r\n");
    assertThat(rows).hasSize(ReportFixture.EVERY_FINDING.size());
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(18));
    assertThat(rows).map(r -> r.get("code")).containsExactlyElementsOf(
        ReportFixture.EVERY_FINDING.stream().map(row -> row.split(" ")[0]).toList());
  }

  @Test
  void columnsHoldTheIdsFiguresAndDetails() throws IOException {
    List<CSVRecord> rows = parse(write(ReportFixture.everyFinding(), Language.EN));

    CSVRecord encoding = rows.get(1);
    assertThat(encoding.toList()).containsExactly("DATA_ENCODING_GUESSED", "warning", "site", "", "", "", "", "", "", "", "",
        "", "",
        "encoding=GB18030", "cams/zones.csv", "zones", "",
        "Layer zones of cams/zones.csv is not UTF-8 and does not say its encoding; it was read as GB18030. If names look wrong, give --encoding.");
    CSVRecord uncovered = rows.get(3);
    assertThat(uncovered.toList().subList(0, 17)).containsExactly("ART8_UNCOVERED", "violation", "site", "8", "8", "S1", "",
        "Z-GATE", "", "", "", "0.5", "0.9",
        "quality=observe; zone_area_m2=100.0; uncovered_m2=50.0; zone_name=商场主出入口; covered_by=H; seen_by_other_sites=S2/N",
        "", "", "");
    CSVRecord view = rows.get(4);
    assertThat(view.toList().subList(0, 17)).containsExactly("ART9_FORBIDDEN_VIEW", "violation", "site", "9", "1", "S1", "V",
        "Z-ROOM", "S2", "", "4.0", "", "", "zone_share=1.0; range_m=10.0; zone_name=101客房; image_camera=V; near_m=7.0; far_m=9.06; ppm_near=237.5; "
            + "ppm_far=183.6; quality_reached=recognise", "", "", "");
    CSVRecord repaired = rows.get(13);
    assertThat(repaired.get("zone_id")).as("a data warning carries its record's id").isEqualTo("Z-WC");
    assertThat(repaired.toList().subList(14, 17)).containsExactly("cams/zones.csv", "zones", "Z-WC");
    // a data warning about a camera names the camera and its record; a rule's finding, the camera alone
    assertThat(rows.get(14).get("camera_id")).isEqualTo("W");
    assertThat(rows.get(14).get("layer")).isEqualTo("cameras");
    assertThat(rows.get(11).get("camera_id")).isEqualTo("V");
    assertThat(rows.get(11).toList().subList(14, 17)).containsExactly("", "", "");
  }

  @Test
  void fieldsWithCommasQuotesAndLineBreaksAreQuoted() throws IOException {
    Zone zone = new Zone("Z1", "S1", ZoneRule.MANDATED, new ArticleItem(8, 7), "Lobby \"A\", north\nside", null,
        ReportFixture.geometry(ReportFixture.box(0, 0, 1, 1)), null);
    Finding f = Finding.of(FindingCode.ART8_UNCOVERED).zone(zone).figure("coverage", 0.25).figure("required", 0.9)
        .figure("quality", "observe").figure("zone_name", zone.name()).build();
    Survey survey = ReportFixture.clean().survey();
    String csv = write(new CheckResult(survey, CheckOptions.defaults(), List.of(f)), Language.EN);

    assertThat(csv).contains(",\"quality=observe; zone_name=Lobby \"\"A\"\", north\nside\",");
    assertThat(csv).contains(",\"Mandated zone Z1 “Lobby \"\"A\"\", north\nside” (Art. 8(7)) is 25% covered");
    CSVRecord row = parse(csv).get(0);
    assertThat(row.get("details")).isEqualTo("quality=observe; zone_name=Lobby \"A\", north\nside");
    assertThat(row.get("message")).startsWith("Mandated zone Z1 “Lobby \"A\", north\nside” (Art. 8(7))");
  }

  @Test
  void aCleanSurveyIsTheHeaderAlone() throws IOException {
    assertThat(write(ReportFixture.clean(), Language.ZH)).isEqualTo(HEADER + "\r\n");
  }

  @Test
  void chineseMessages() throws IOException {
    List<CSVRecord> rows = parse(write(ReportFixture.everyFinding(), Language.ZH));

    assertThat(rows.get(6).get("message")).isEqualTo("摄像机 IN 安装在禁止安装区域 Z-CTR“柜台操作区” 内（第九条第（四）项）。");
    assertThat(rows.get(13).get("message")).startsWith("cams/zones.csv 的 zones 图层记录 Z-WC 的多边形无效");
  }

  static String write(CheckResult result, Language language) throws IOException {
    StringWriter out = new StringWriter();
    FindingsCsv.write(result, FindingMessages.of(language), out);
    return out.toString();
  }

  static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      assertThat(String.join(",", parser.getHeaderNames())).isEqualTo(HEADER);
      return parser.getRecords();
    }
  }
}
