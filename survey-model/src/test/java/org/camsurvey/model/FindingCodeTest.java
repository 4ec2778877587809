package org.camsurvey.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every code of docs/RULES.md with the article it rests on, its severity, the party who bears the duty
 * and the consequence reports cite, as the table there lists them. The checklist codes' grading
 * per item is ChecklistRuleTest's.
 */
class FindingCodeTest {
  @ParameterizedTest(name = "{0}: Art. {1}, {2}, {3}, {4}")
  @CsvSource(nullValues = "-", value = {
      "ART8_UNCOVERED,        8,  violation,  site,     23",
      "ART9_FORBIDDEN_VIEW,   9,  violation,  site,     24",
      "ART9_INSIDE_FORBIDDEN, 9,  violation,  site,     24",
      "ART10_NO_SIGNAGE,      10, deficiency, site,     -",
      "ART10_NOT_FIXED,       10, deficiency, site,     -",
      "ART10_MOVED,           10, deficiency, site,     -",
      "ART10_REAIMED,         10, deficiency, site,     -",
      "ART10_FOV_CHANGED,     10, deficiency, site,     -",
      "ART20_REPURPOSED,      20, violation,  site,     25(4)",
      "ART15_NOT_FILED,       15, violation,  site,     25(1)",
      "ART15_LATE_FILING,     15, deficiency, site,     -",
      "ART19_SHORT_RETENTION, 19, violation,  site,     25(3)",
      "ART19_NOT_24H,         19, violation,  site,     25(3)",
      "ART19_LOG_INCOMPLETE,  19, violation,  site,     25(3)",
      "ART18_TOO_FEW_PERSONS, 18, violation,  official, 27(5)",
      "ART18_NO_APPROVAL,     18, violation,  official, 27(4)",
      "ART11_CHECKLIST,       11, violation,  site,     24",
      "ART12_CHECKLIST,       12, deficiency, site,     -",
      "ART13_CHECKLIST,       13, deficiency, site,     -",
      "ART17_CHECKLIST,       17, violation,  site,     25(2)",
      "ART19_CHECKLIST,       19, violation,  site,     25(3)",
      "ART20_CHECKLIST,       20, violation,  site,     25(4)",
      "DATA_MISSING_FIELD,    -,  warning,    site,     -",
      "DATA_GEOMETRY_REPAIRED,-,  warning,    site,     -",
      "DATA_ENCODING_GUESSED, -,  warning,    site,     -",
      "DATA_INDEX_REBUILT,    -,  warning,    site,     -",
      "DATA_UNKNOWN_SITE,     -,  warning,    site,     -",
      "DATA_DEFAULTED,        -,  warning,    site,     -",
      "DATA_CALENDAR_MISSING, -,  warning,    site,     -",
      "DATA_TAG_DEFAULTED,    -,  warning,    site,     -",
      "DATA_DIRECTION_RANGE,  -,  warning,    site,     -",
      "DATA_DIRECTION_LIST,   -,  warning,    site,     -",
      "DATA_CURVE_LINEARISED, -,  warning,    site,     -",
      "DATA_DATUM_UNSHIFTED,  -,  warning,    site,     -",
      "DATA_EVIDENCE_FAR,     -,  warning,    site,     -",
      "BASELINE_CAMERA_ADDED, -,  warning,    site,     -",
      "BASELINE_CAMERA_REMOVED,-, warning,    site,     -",
      "CN8_FORBIDDEN_VIEW,    8,  violation,  site,     27(1)",
      "CN8_INSIDE_FORBIDDEN,  8,  violation,  site,     27(1)",
      "CN10_NO_CONSENT,       10, violation,  site,     28",
      "CN13_NO_SIGNAGE,       13, violation,  site,     13",
      "CN14_NOT_FILED,        14, violation,  site,     29",
      "CN14_LATE_FILING,      14, deficiency, site,     -",
      "CN17_SHORT_RETENTION,  17, deficiency, site,     24",
      "CN16_LOG_INCOMPLETE,   16, violation,  site,     31",
      "CN7_UNCOVERED,         7,  deficiency, site,     -",
      "CN33_PRIVACY,          33, violation,  site,     33(2)",
      "CN13_VIEW_CHANGED,     13, deficiency, site,     -",
      "CN7_CHECKLIST,         7,  violation,  site,     26",
      "CN8_CHECKLIST,         8,  violation,  site,     27(2)",
      "CN9_CHECKLIST,         9,  violation,  site,     26",
      "CN11_CHECKLIST,        11, deficiency, site,     -",
      "CN12_CHECKLIST,        12, deficiency, site,     -",
      "CN14_CHECKLIST,        14, violation,  site,     29",
      "CN15_CHECKLIST,        15, violation,  site,     31",
      "CN16_CHECKLIST,        16, violation,  site,     31",
      "CN17_CHECKLIST,        17, violation,  site,     31",
      "CN22_CHECKLIST,        22, violation,  site,     31",
      "CN23_CHECKLIST,        23, violation,  anyone,   31",
      "CN24_CHECKLIST,        24, deficiency, site,     -"})
  void everyCodeAsRulesListsIt(String code, String article, String severity, String party, String consequence) {
    FindingCode c = FindingCode.valueOf(code);
    Finding f = Finding.of(c).build();

    assertThat(c.article()).isEqualTo(article);
    assertThat(f.severity().code()).isEqualTo(severity);
    assertThat(f.party().code()).isEqualTo(party);
    assertThat(f.consequence()).isEqualTo(consequence);
  }

  @Test
  void theTableAboveHasEveryCodeAndTheOldArt20BaselineCodesAreGone() {
    assertThat(FindingCode.values()).hasSize(60);
    assertThat(Arrays.stream(FindingCode.values()).map(Enum::name))
        .doesNotContain("ART20_MOVED", "ART20_REAIMED", "ART20_FOV_CHANGED");
  }

  @Test
  void eachRuleCodeNamesItsLawAndADataWarningNone() {
    assertThat(FindingCode.CN8_FORBIDDEN_VIEW.law()).isEqualTo(LawId.CN2025);
    assertThat(FindingCode.ART9_FORBIDDEN_VIEW.law()).isEqualTo(LawId.CQ2009);
    assertThat(FindingCode.DATA_MISSING_FIELD.law()).isNull();
    assertThat(Finding.of(FindingCode.CN33_PRIVACY).build().law()).isEqualTo(LawId.CN2025);
    assertThat(Finding.of(FindingCode.DATA_MISSING_FIELD).law(LawId.CN2025).build().law()).isEqualTo(LawId.CN2025);
  }

  @Test
  void aDataFindingCarriesItsRecordsIdUnderItsLayersField() {
    Finding zone = Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED).source(new SourceRef("z.geojson", "zones", 3, "Z-1")).build();
    Finding obstacle = Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED)
        .source(new SourceRef("o.geojson", "obstacles", 2, "W-7")).build();
    Finding rule = Finding.of(FindingCode.ART15_NOT_FILED).camera("S1", "C1").source(new SourceRef("c", "cameras", 1, "C1"))
        .build();

    assertThat(zone.recordId("zone_id")).isEqualTo("Z-1");
    assertThat(zone.recordId("camera_id")).isNull();
    assertThat(zone.namesRecord()).isTrue();
    assertThat(obstacle.recordId("obst_id")).isEqualTo("W-7");
    assertThat(rule.recordId("camera_id")).isEqualTo("C1");
    assertThat(rule.namesRecord()).as("a rule's finding about a camera names the camera, not the record").isFalse();
  }
}
