package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camsurvey.model.Language;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The terminal table: grouped by site, within the width in either language. */
class FindingsTableTest {
  private static final CheckResult SAMPLE = ReportFixture.jiefangbei();
  private static final CheckResult EVERY = ReportFixture.everyFinding();

  static Stream<Arguments> tables() {
    return Stream.of(Language.values()).flatMap(lang -> Stream.of(40, 60, 80).flatMap(width -> Stream.of(
        Arguments.of("jiefangbei", lang, width), Arguments.of("every finding", lang, width))));
  }

  @ParameterizedTest(name = "{0}, {1}, {2} columns")
  @MethodSource("tables")
  void noLineIsWiderThanTheWidth(String name, Language language, int width) {
    List<String> lines = table(name.equals("jiefangbei") ? SAMPLE : EVERY, language, width);

    assertThat(lines).isNotEmpty()
        .allSatisfy(line -> assertThat(TextWidthTest.columns(line)).as(line).isLessThanOrEqualTo(width));
  }

  @Test
  void theSampleInEnglish() {
    assertThat(table(SAMPLE, Language.EN, 80)).containsExactly(
        "Survey: jiefangbei",
        "7 sites, 25 cameras, 19 zones",
        "",
        "JFB-BANK  渝江商业银行解放碑支行",
        "  violation   ART9_INSIDE_FORBIDDEN    B-03 → Z-B-02",
        "    Camera B-03 is installed inside forbidden zone Z-B-02 “个人业务柜台客户操作",
        "    区” (Art. 9(4)).",
        "  deficiency  ART15_LATE_FILING        B-04",
        "    Camera B-04 was installed on 2008-06-18, before the measures took effect,",
        "    but filed only on 2010-03-22, after the deadline of 2010-01-11 (Art. 15,",
        "    para. 2).",
        "",
        "JFB-HOTEL  云栖大酒店（解放碑店）",
        "  violation   ART9_FORBIDDEN_VIEW      H-03 → Z-H-02",
        "    Camera H-03 sees 7.5 m² of forbidden zone Z-H-02 “一楼101客房” (Art. 9(1)).",
        "  violation   ART15_NOT_FILED          H-03",
        "    Camera H-03 has not been filed with the public security organ (Art. 15).",
        "  violation   ART18_TOO_FEW_PERSONS",
        "    Footage of site JFB-HOTEL was retrieved on 2026-06-02 21:40 (cameras H-01)",
        "    by 1 person(s); at least 2 are required (Art. 18(1)). Register record #3 of",
        "    ../samples/jiefangbei/access_log.csv, recorded by 刘洋.",
        "    Party: the officials who used the footage; for their superior organ or the",
        "    supervisory organ (Art. 27), not the site.",
        "  violation   ART18_NO_APPROVAL",
        "    Footage of site JFB-HOTEL was retrieved on 2026-06-02 21:40 (cameras H-01)",
        "    with no approval document recorded (Art. 18(3)). Register record #3 of",
        "    ../samples/jiefangbei/access_log.csv, recorded by 刘洋.",
        "    Party: the officials who used the footage; for their superior organ or the",
        "    supervisory organ (Art. 27), not the site.",
        "  violation   ART19_SHORT_RETENTION    H-04",
        "    Camera H-04 keeps recordings for 15 days; at least 30 are required (Art.",
        "    19(8)).",
        "  violation   ART20_CHECKLIST",
        "    Inspection: at site JFB-HOTEL an act that Art. 20(7) prohibits was found.",
        "    Note: 2026 年 6 月值班经理阻止民警查看一楼走廊录像. Checked by 王芳. Checked",
        "    on 2026-11-20.",
        "",
        "JFB-HOTEL-3F  云栖大酒店（解放碑店）三楼客房层",
        "  violation   ART9_FORBIDDEN_VIEW      H3-02 → Z-H3-02",
        "    Camera H3-02 sees 4.36 m² of forbidden zone Z-H3-02 “三楼301客房（套房）”",
        "    (Art. 9(1)).",
        "",
        "JFB-MALL  碑都购物中心",
        "  violation   ART17_CHECKLIST",
        "    Inspection: site JFB-MALL refused the public security organ's retrieval,",
        "    connection or direct use of its system, or an emergency department's access",
        "    to its footage (Art. 17, Art. 25(2)). Note: 2026 年 4 月拒绝派出所民警直接调",
        "    看监控，要求先出具书面函件. Checked by 王芳. Checked on 2026-11-20.",
        "  violation   ART19_LOG_INCOMPLETE",
        "    The register of retrievals of site JFB-MALL does not record who retrieved",
        "    it, where it went for the retrieval on 2026-04-18 10:05 (cameras M-01) (Art.",
        "    19(4)). Register record #2 of ../samples/jiefangbei/access_log.csv.",
        "",
        "JFB-SCHOOL  渝中区碑西实验小学",
        "  violation   ART19_NOT_24H            SC-03",
        "    Camera SC-03 does not run around the clock (Art. 19(7)).",
        "",
        "JFB-STREET  解放碑步行街（民权路—邹容路段）",
        "  violation   ART8_UNCOVERED           Z-ST-02",
        "    Mandated zone Z-ST-02 “邹容路步行街南出入口” (Art. 8(7)) is 37.7% covered at",
        "    observe quality by its own site's cameras; 90% is required.",
        "  violation   ART9_FORBIDDEN_VIEW      ST-05 → JFB-WC/Z-W-01",
        "    Camera ST-05 sees 48.04 m² of forbidden zone Z-W-01 “公共卫生间（男、女）”",
        "    of site JFB-WC (Art. 9(3)).",
        "  deficiency  ART10_NO_SIGNAGE         ST-06",
        "    Camera ST-06 has no visible sign announcing it (Art. 10).",
        "  deficiency  ART10_NOT_FIXED          ST-04",
        "    Camera ST-04 is a PTZ camera: its direction and field of view are not fixed",
        "    (Art. 10).",
        "  violation   ART15_NOT_FILED          ST-07",
        "    Camera ST-07 has not been filed with the public security organ (Art. 15).",
        "  violation   ART20_CHECKLIST",
        "    Inspection: at site JFB-STREET an act that Art. 20(1) prohibits was found.",
        "    Note: 广场云台摄像机 ST-04 外罩被砸坏，已向派出所报案. Checked by 王芳.",
        "    Checked on 2026-11-20.",
        "    Party: any unit or person; recorded and referred (Art. 26), no deadline for",
        "    the site.",
        "",
        "JFB-WC  民权路公共厕所",
        "  warning     DATA_MISSING_FIELD       W-01",
        "    Camera W-01 has no value for signage; the rules that need it were not",
        "    applied to this camera.",
        "",
        "15 violations, 3 deficiencies, 1 warning");
  }

  @Test
  void atFortyColumnsTheIdsGoBelowTheCode() {
    List<String> lines = table(SAMPLE, Language.EN, 40);

    assertThat(lines).containsSubsequence(
        "  violation   ART9_FORBIDDEN_VIEW",
        "    ST-05 \u2192 JFB-WC/Z-W-01",
        "    Camera ST-05 sees 48.04 m² of",
        "    forbidden zone Z-W-01 “公共卫生间",
        "    （男、女）” of site JFB-WC (Art.",
        "    9(3)).",
        "  deficiency  ART10_NO_SIGNAGE",
        "    ST-06");
  }

  @Test
  void chineseLinesNeitherEndInAnOpeningBracketNorBeginWithAClosingOne() {
    for (int width : new int[] {40, 60, 80}) {
      assertThat(table(SAMPLE, Language.ZH, width)).allSatisfy(line -> assertThat(line)
          .doesNotMatch(".*[（“《]$")
          .doesNotMatch("^\\s*[，。、；：）》”].*"));
    }
  }

  @Test
  void theSampleInChinese() {
    List<String> lines = table(SAMPLE, Language.ZH, 80);

    assertThat(lines.subList(0, 2)).containsExactly("勘查: jiefangbei", "7 个场所，25 台摄像机，19 个区域");
    assertThat(lines).contains("  违法        ART9_INSIDE_FORBIDDEN    B-03 \u2192 Z-B-02",
        "  警告        DATA_MISSING_FIELD       W-01");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("15 项违法，3 项缺陷，1 项警告");
  }

  @Test
  void findingsWithoutASiteComeUnderTheWholeSurvey() {
    List<String> lines = table(EVERY, Language.EN, 80);

    assertThat(lines).containsSubsequence("Whole survey", "  warning     DATA_MISSING_FIELD",
        "  warning     DATA_ENCODING_GUESSED", "S1  东门商场");
  }

  @Test
  void aCleanSurveySaysSo() {
    assertThat(table(ReportFixture.clean(), Language.EN, 80))
        .containsExactly("Survey: clean", "1 site, 1 camera, 1 zone", "", "No findings.");
    assertThat(table(ReportFixture.clean(), Language.ZH, 80))
        .containsExactly("勘查: clean", "1 个场所，1 台摄像机，1 个区域", "", "未发现问题。");
  }

  @Test
  void countsAreWrittenInTheReportsLanguageWhateverTheSystemLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      List<String> en = table(SAMPLE, Language.EN, 80);
      List<String> zh = table(SAMPLE, Language.ZH, 80);

      assertThat(en.get(1)).isEqualTo("7 sites, 25 cameras, 19 zones");
      assertThat(en.get(en.size() - 1)).isEqualTo("15 violations, 3 deficiencies, 1 warning");
      assertThat(zh.get(1)).isEqualTo("7 个场所，25 台摄像机，19 个区域");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void colourMarksTheSeverityAndChangesNothingElse() throws IOException {
    StringWriter plain = new StringWriter();
    StringWriter coloured = new StringWriter();
    FindingsTable.write(SAMPLE, FindingMessages.of(Language.EN), 80, false, new PrintWriter(plain));
    FindingsTable.write(SAMPLE, FindingMessages.of(Language.EN), 80, true, new PrintWriter(coloured));

    assertThat(coloured.toString()).contains("\u001b[31mviolation\u001b[0m   ART9_INSIDE_FORBIDDEN")
        .contains("\u001b[33mdeficiency\u001b[0m  ART15_LATE_FILING")
        .contains("\u001b[36mwarning\u001b[0m     DATA_MISSING_FIELD");
    assertThat(coloured.toString().replaceAll("\u001b\\[\\d+m", "")).isEqualTo(plain.toString());
    assertThat(plain.toString()).doesNotContain("\u001b");
  }

  @Test
  void aWriteThatFailsIsNotSwallowed() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> FindingsTable.write(SAMPLE, FindingMessages.of(Language.EN), 80, new PrintWriter(failing)))
        .isInstanceOf(IOException.class);
  }

  static List<String> table(CheckResult result, Language language, int width) {
    StringWriter text = new StringWriter();
    try {
      FindingsTable.write(result, FindingMessages.of(language), width, new PrintWriter(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().lines().toList();
  }
}
