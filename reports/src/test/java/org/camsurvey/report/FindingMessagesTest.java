package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every finding reads as a whole sentence in both languages. */
class FindingMessagesTest {
  private static final CheckResult EVERY = ReportFixture.everyFinding();

  @Test
  void theFixtureMakesEveryCode() {
    assertThat(EVERY.findings()).map(ReportFixture::row).containsExactlyElementsOf(ReportFixture.EVERY_FINDING);
    Set<FindingCode> codes = EVERY.findings().stream().map(Finding::code).collect(Collectors.toSet());
    assertThat(codes).as("every finding code needs a case in ReportFixture so that its messages are tested")
        .isEqualTo(EnumSet.allOf(FindingCode.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noPlaceholderIsLeftUnfilled(Language language) {
    FindingMessages messages = FindingMessages.of(language);
    for (Finding f : EVERY.findings()) {
      assertThat(messages.message(f)).as(ReportFixture.row(f))
          .doesNotContain("?", "{", "}", "[", "]")
          .doesNotContain("null");
    }
  }

  @Test
  void englishMessages() {
    assertThat(messages(Language.EN)).containsExactly(
        "Layer cameras of cams/cameras.csv has no field retention, runs_24h; the rules that need it were not applied.",
        "Layer zones of cams/zones.csv is not UTF-8 and does not say its encoding; it was read as GB18030. If names look wrong, give --encoding.",
        "Layer cameras of cams/cameras.shp has no .shx index; it was rebuilt by reading the .shp in order. Keep the .shx beside the .shp.",
        "Mandated zone Z-GATE “商场主出入口” (Art. 8(8)) is 50% covered at observe quality by its own site's cameras; 90% is required. Cameras of other sites also see it: S2/N.",
        "Camera V sees 4 m² of forbidden zone Z-ROOM “101客房” of site S2 (Art. 9(1)).",
        "Camera V sees 4 m² of forbidden zone Z-WC “公共卫生间” (Art. 9(3)).",
        "Camera IN is installed inside forbidden zone Z-CTR “柜台操作区” (Art. 9(4)).",
        "Camera V has no visible sign announcing it (Art. 10).",
        "Camera V is a PTZ camera: its direction and field of view are not fixed (Art. 10).",
        "Camera V has not been filed with the public security organ (Art. 15).",
        "Camera OLD was installed on 2008-06-18, before the measures took effect, but filed only on 2010-03-22, after the deadline of 2010-01-10 (Art. 15, para. 2).",
        "Camera V keeps recordings for 15 days; at least 30 are required (Art. 19(8)).",
        "Camera V does not run around the clock (Art. 19(7)).",
        "Record Z-WC of layer zones in cams/zones.csv had an invalid polygon (Self-intersection); it was repaired, area 0 m² → 4 m². Check the repair.",
        "Camera W has no value for signage; the rules that need it were not applied to this camera.",
        "Site S2 is named by cameras or zones but is not in the sites layer of cams/sites.csv.");
  }

  @Test
  void chineseMessagesCiteItemsWithChineseNumerals() {
    assertThat(messages(Language.ZH)).containsExactly(
        "cams/cameras.csv 的 cameras 图层缺少字段：retention, runs_24h；依赖这些字段的规则未适用。",
        "zones 图层 cams/zones.csv 不是 UTF-8 编码且未注明编码，已按 GB18030 读取。如名称显示异常，请用 --encoding 指定。",
        "cameras 图层 cams/cameras.shp 缺少 .shx 索引文件，已按顺序读取 .shp 重建索引。请将 .shx 与 .shp 放在一起。",
        "应当安装区域 Z-GATE“商场主出入口”（第八条第（八）项）由本单位摄像机在“观察”画质下覆盖 50%，要求不低于 90%。其他单位的摄像机亦可见该区域：S2/N。",
        "摄像机 V 可见禁止安装区域 Z-ROOM“101客房”（属 S2） 4 平方米（第九条第（一）项）。",
        "摄像机 V 可见禁止安装区域 Z-WC“公共卫生间” 4 平方米（第九条第（三）项）。",
        "摄像机 IN 安装在禁止安装区域 Z-CTR“柜台操作区” 内（第九条第（四）项）。",
        "摄像机 V 未设置明显标识（第十条）。",
        "摄像机 V 为云台（PTZ）摄像机，摄像头指向方位和镜头所及范围不固定（第十条）。",
        "摄像机 V 未向公安机关备案（第十五条）。",
        "摄像机 OLD 于 2008-06-18 安装，早于本办法施行，但迟至 2010-03-22 方备案，超过 2010-01-10 的期限（第十五条第二款）。",
        "摄像机 V 信息资料存储期为 15 日，不少于 30 日方符合要求（第十九条第（八）项）。",
        "摄像机 V 未全天运行（第十九条第（七）项）。",
        "cams/zones.csv 的 zones 图层记录 Z-WC 的多边形无效（Self-intersection），已修复，面积 0 平方米 → 4 平方米。请核对修复结果。",
        "摄像机 W 缺少字段值：signage；依赖这些字段的规则未对该摄像机适用。",
        "场所 S2 被摄像机或区域引用，但不在 cams/sites.csv 的场所图层中。");
  }

  @Test
  void itemsAboveTenAndFractionsReadAsTheStatuteWritesThem() {
    Finding f = Finding.of(FindingCode.ART8_UNCOVERED).site("S1").item("10")
        .figure("coverage", 0.377).figure("required", 0.95).figure("quality", "identify").build();

    assertThat(FindingMessages.of(Language.ZH).message(f)).contains("第八条第（十）项", "辨认", "覆盖 37.7%", "不低于 95%");
    assertThat(FindingMessages.of(Language.EN).message(f)).contains("(Art. 8(10))", "37.7% covered at identify quality");
  }

  @Test
  void optionalTextIsDroppedWhenItsPartIsMissing() {
    Finding f = Finding.of(FindingCode.ART9_INSIDE_FORBIDDEN).site("S1").item("2").build();

    assertThat(FindingMessages.of(Language.EN).message(f))
        .isEqualTo("Camera ? is installed inside forbidden zone ? (Art. 9(2)).");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void interfaceWordsExistInBothLanguages(Language language) {
    FindingMessages messages = FindingMessages.of(language);
    for (String key : List.of("severity.violation", "severity.deficiency", "severity.warning", "summary.counts",
        "summary.findings", "summary.clean", "table.survey", "table.site", "table.no_site", "quality.detect",
        "quality.observe", "quality.recognise", "quality.identify")) {
      assertThat(messages.text(key)).as(key).isNotBlank();
    }
    assertThat(messages.language()).isEqualTo(language);
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws Exception {
    Map<Language, Set<Object>> keys = new java.util.EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      java.util.Properties p = new java.util.Properties();
      try (var in = FindingMessages.class.getResourceAsStream("messages_" + language.code() + ".properties")) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      keys.put(language, p.keySet());
    }
    assertThat(keys.get(Language.ZH)).isEqualTo(keys.get(Language.EN));
  }

  private static List<String> messages(Language language) {
    FindingMessages messages = FindingMessages.of(language);
    return EVERY.findings().stream().map(messages::message).toList();
  }
}
