package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Language;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Test;

/** The JSON document of docs/CLI.md, read back with Jackson. */
class FindingsJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDocumentHasToolInputSummaryAndFindings() throws IOException {
    JsonNode doc = write(ReportFixture.everyFinding(), Language.EN);

    assertThat(fieldNames(doc)).containsExactly("tool", "input", "summary", "findings", "coverage");
    assertThat(doc.get("tool").toString()).isEqualTo("{\"name\":\"camsurvey\",\"version\":\"9.9.9-TEST\"}");
    assertThat(doc.get("input").asText()).isEqualTo("fixture");
    assertThat(doc.get("summary").toString()).isEqualTo(
        "{\"sites\":2,\"cameras\":6,\"zones\":4,\"violations\":7,\"deficiencies\":3,\"warnings\":8}");
    List<String> codes = new ArrayList<>();
    doc.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    assertThat(codes).containsExactlyElementsOf(
        ReportFixture.EVERY_FINDING.stream().map(row -> row.split(" ")[0]).toList());
  }

  @Test
  void eachFindingCarriesOnlyTheFieldsThatApply() throws IOException {
    JsonNode findings = write(ReportFixture.everyFinding(), Language.EN).get("findings");

    assertThat(fieldNames(findings.get(0)))
        .containsExactly("code", "severity", "party", "fields", "file", "layer", "message");
    assertThat(fieldNames(findings.get(2))).containsExactly("code", "severity", "party", "file", "layer", "message");
    assertThat(fieldNames(findings.get(3))).containsExactly(
        "code", "severity", "party", "law", "article", "item", "site_id", "zone_id", "coverage", "required", "quality",
        "zone_area_m2", "uncovered_m2", "zone_name", "covered_by", "seen_by_other_sites", "consequence", "message");
    assertThat(fieldNames(findings.get(4))).containsExactly(
        "code", "severity", "party", "law", "article", "item", "site_id", "camera_id", "zone_id", "zone_site_id", "overlap_m2",
        "zone_share", "range_m", "zone_name", "image_camera", "near_m", "far_m", "ppm_near", "ppm_far",
        "quality_reached", "consequence", "message");
    assertThat(fieldNames(findings.get(5))).doesNotContain("zone_site_id");
    assertThat(fieldNames(findings.get(7))).containsExactly(
        "code", "severity", "party", "law", "article", "site_id", "camera_id", "message");
    assertThat(fieldNames(findings.get(10))).containsExactly(
        "code", "severity", "party", "law", "article", "site_id", "camera_id", "paragraph", "installed", "filed", "due", "message");
    assertThat(fieldNames(findings.get(13))).containsExactly(
        "code", "severity", "party", "site_id", "zone_id", "reason", "area_before_m2", "area_after_m2", "file", "layer", "record",
        "message");
    // a data warning about a camera names the camera and the record it stands in
    assertThat(fieldNames(findings.get(14))).containsExactly("code", "severity", "party", "site_id", "camera_id", "fields",
        "file", "layer", "record", "message");
    findings.forEach(f -> f.fields().forEachRemaining(e -> assertThat(e.getValue().isNull()).as(e.getKey()).isFalse()));
  }

  @Test
  void figuresKeepTheirTypes() throws IOException {
    JsonNode findings = write(ReportFixture.everyFinding(), Language.EN).get("findings");

    JsonNode uncovered = findings.get(3);
    assertThat(uncovered.get("article").isTextual()).isTrue();
    assertThat(uncovered.get("item").asText()).isEqualTo("8");
    assertThat(uncovered.get("severity").asText()).isEqualTo("violation");
    assertThat(uncovered.get("coverage").isNumber()).isTrue();
    assertThat(uncovered.get("coverage").asDouble()).isEqualTo(0.5);
    assertThat(uncovered.get("required").asDouble()).isEqualTo(0.9);
    assertThat(uncovered.get("covered_by").toString()).isEqualTo("[\"H\"]");
    assertThat(uncovered.get("seen_by_other_sites").toString()).isEqualTo("[\"S2/N\"]");
    assertThat(uncovered.get("consequence").asText()).isEqualTo("23");
    JsonNode view = findings.get(4);
    assertThat(view.get("overlap_m2").asDouble()).isEqualTo(4.0);
    assertThat(view.get("zone_site_id").asText()).isEqualTo("S2");
    assertThat(view.get("consequence").asText()).isEqualTo("24");
    JsonNode late = findings.get(10);
    assertThat(late.get("paragraph").isInt()).isTrue();
    assertThat(late.get("severity").asText()).isEqualTo("deficiency");
    assertThat(findings.get(13).get("record").asText()).isEqualTo("Z-WC");
    assertThat(findings.get(13).get("severity").asText()).isEqualTo("warning");
  }

  @Test
  void messagesFollowTheLanguage() throws IOException {
    JsonNode zh = write(ReportFixture.everyFinding(), Language.ZH).get("findings");

    assertThat(zh.get(5).get("message").asText())
        .isEqualTo("摄像机 V 可见禁止安装区域 Z-WC“公共卫生间” 4 平方米（第九条第（三）项）。");
  }

  @Test
  void aCleanSurveyHasAnEmptyFindingsArray() throws IOException {
    JsonNode doc = write(ReportFixture.clean(), Language.EN);

    assertThat(doc.get("findings").isArray()).isTrue();
    assertThat(doc.get("findings")).isEmpty();
    assertThat(doc.get("summary").toString()).isEqualTo(
        "{\"sites\":1,\"cameras\":1,\"zones\":1,\"violations\":0,\"deficiencies\":0,\"warnings\":0}");
  }

  @Test
  void theDocumentEndsWithANewLineAndLeavesTheWriterOpen() throws IOException {
    StringWriter out = new StringWriter();
    FindingsJson.write(ReportFixture.clean(), "1", "survey", FindingMessages.of(Language.EN), out);
    out.write("after");

    assertThat(out.toString()).endsWith(System.lineSeparator() + "after").startsWith("{");
  }

  static JsonNode write(CheckResult result, Language language) throws IOException {
    StringWriter out = new StringWriter();
    FindingsJson.write(result, "9.9.9-TEST", "fixture", FindingMessages.of(language), out);
    return JSON.readTree(out.toString());
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
