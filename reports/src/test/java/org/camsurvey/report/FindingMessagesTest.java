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
  private static final CheckResult DUTIES = ReportFixture.duties();

  @Test
  void theFixtureMakesEveryCode() {
    assertThat(EVERY.findings()).map(ReportFixture::row).containsExactlyElementsOf(ReportFixture.EVERY_FINDING);
    assertThat(DUTIES.findings()).map(ReportFixture::row).containsExactlyElementsOf(ReportFixture.DUTIES);
    Set<FindingCode> codes = EVERY.findings().stream().map(Finding::code).collect(Collectors.toSet());
    DUTIES.findings().forEach(f -> codes.add(f.code()));
    ReportFixture.readerWarnings().forEach(f -> codes.add(f.code()));
    ReportFixture.regulationFindings().forEach(f -> codes.add(f.code()));
    assertThat(codes).as("every finding code needs a case in ReportFixture so that its messages are tested")
        .isEqualTo(EnumSet.allOf(FindingCode.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noPlaceholderIsLeftUnfilled(Language language) {
    FindingMessages messages = FindingMessages.of(language);
    for (Finding f : java.util.stream.Stream.of(EVERY.findings(), DUTIES.findings(), ReportFixture.readerWarnings(),
            ReportFixture.regulationFindings())
        .flatMap(List::stream).toList()) {
      assertThat(messages.message(f)).as(ReportFixture.row(f))
          .doesNotContain("?", "{", "}", "[", "]")
          .doesNotContain("null");
    }
  }

  @Test
  void theRegulationsFindingsCiteItAsItCitesItself() {
    List<Finding> findings = ReportFixture.regulationFindings();

    assertThat(FindingMessages.of(Language.ZH).message(findings.get(0))).contains("（条例第八条第一款第（四）项；属条例兜底项");
    assertThat(FindingMessages.of(Language.EN).message(findings.get(0))).contains("(Art. 8(1)(四) of the regulation;");
    assertThat(FindingMessages.of(Language.EN).message(findings.get(8))).contains("(public_road, Art. 7(1) of the regulation)");
    assertThat(FindingMessages.of(Language.EN).message(findings.get(1))).endsWith("(Art. 8(1)(四) of the regulation). The "
        + "camera has changed since it was filed, and its filed view did not take in this zone.");
    assertThat(FindingMessages.of(Language.ZH).message(findings.get(1))).endsWith("该摄像机自备案以来发生变化，其备案时的视场不含该区域。");
    assertThat(FindingMessages.of(Language.ZH).message(findings.get(0))).doesNotContain("备案");
    // the changes are named in the document's language, not by their JSON codes
    assertThat(FindingMessages.of(Language.ZH).message(findings.get(10))).startsWith("摄像机 C1 自备案以来发生变化（位置移动、方向改变）");
    assertThat(FindingMessages.of(Language.EN).message(findings.get(10))).startsWith("Camera C1 has changed since it was filed (moved, turned)");
    assertThat(FindingMessages.of(Language.ZH).message(findings.get(7))).contains("未如实记录：调取用途、调用内容（条例第十六条第二款第（三）项）");
    assertThat(FindingMessages.of(Language.EN).message(findings.get(11)))
        .isEqualTo("Site S3 has no value for class; the rules that need it were not applied to its cameras.");
  }

  /** Art. 23(二)'s two acts: the finding says which, and whether Art. 30 punishes it. */
  @Test
  void theActsOfArticle23ItemTwoAreNamedWithWhatFollows() {
    List<Finding> acts = ReportFixture.regulationFindings().stream().filter(f -> f.figures().containsKey("act")).toList();

    assertThat(acts).hasSize(2);
    assertThat(FindingMessages.of(Language.ZH).message(acts.get(0))).startsWith(
        "检查发现：场所 S1 有条例第二十三条第（二）项所列行为：擅自改动、迁移、拆除依据条例第七条规定安装的图像采集设备及相关设施，"
            + "依条例第三十条处罚。");
    assertThat(FindingMessages.of(Language.ZH).message(acts.get(1))).startsWith(
        "检查发现：场所 S1 有条例第二十三条第（二）项所列行为：以喷涂、遮挡等方式妨碍依据条例第七条规定安装的图像采集设备及相关设施"
            + "正常运行；条例禁止此行为，但未规定罚则").doesNotContain("依条例第三十条处罚");
    assertThat(FindingMessages.of(Language.EN).message(acts.get(0))).contains("Art. 23(二) of the regulation prohibits was "
        + "found: altering, relocating or removing", "which Art. 30 punishes");
    assertThat(FindingMessages.of(Language.EN).message(acts.get(1))).contains("by spraying paint, covering or other means; "
        + "the regulation forbids it but sets no penalty for it");
  }

  @Test
  void readerWarningsNameTheRecordTagAndValue() {
    assertThat(ReportFixture.readerWarnings()).map(FindingMessages.of(Language.EN)::message).containsExactly(
        "Record node/4 of osm.geojson: tag camera:type=webcam cannot be read as cam_type; it was left empty, for the defaults to fill.",
        "Record node/5 of osm.geojson: tag camera:direction=190-100 is a range of directions; the middle of the arc swept clockwise, 325\u00b0, was taken as the heading.",
        "Record node/6 of osm.geojson: tag camera:direction=90;270 lists several directions; one camera was read per direction (node/6-1, node/6-2).",
        "Record Z-ARC (fid 2) of layer zones in zones.gpkg has a curved geometry (CurvePolygon); it was read as straight segments within 0.01 m of the curve.");
    assertThat(ReportFixture.readerWarnings()).map(FindingMessages.of(Language.ZH)::message)
        .allMatch(m -> m.contains("记录"));
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
        "Camera OLD was installed on 2008-06-18, before the measures took effect, but filed only on 2010-03-22, after the deadline of 2010-01-11 (Art. 15, para. 2).",
        "Camera V keeps recordings for 15 days; at least 30 are required (Art. 19(8)).",
        "Camera V does not run around the clock (Art. 19(7)).",
        "Record Z-WC of layer zones in cams/zones.csv had an invalid polygon (Self-intersection); it was repaired, area 0 m² → 4 m². Check the repair.",
        "Camera W has no value for signage; the rules that need it were not applied to this camera.",
        "Site S2 is named by cameras or zones but is not in the sites layer of cams/sites.csv.",
        "Camera W had no value for hfov, range_m; the default given on the command line was used.",
        "Evidence photo photos/W.jpg (record #2 of cams/evidence.csv) was taken, by its EXIF position, 51.2 m from camera W, more than 50 m away; check that it shows that camera.");
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
        "摄像机 OLD 于 2008-06-18 安装，早于本办法施行，但迟至 2010-03-22 方备案，超过 2010-01-11 的期限（第十五条第二款）。",
        "摄像机 V 信息资料存储期为 15 日，不少于 30 日方符合要求（第十九条第（八）项）。",
        "摄像机 V 未全天运行（第十九条第（七）项）。",
        "cams/zones.csv 的 zones 图层记录 Z-WC 的多边形无效（Self-intersection），已修复，面积 0 平方米 → 4 平方米。请核对修复结果。",
        "摄像机 W 缺少字段值：signage；依赖这些字段的规则未对该摄像机适用。",
        "场所 S2 被摄像机或区域引用，但不在 cams/sites.csv 的场所图层中。",
        "摄像机 W 缺少字段值：hfov, range_m；已采用命令行给定的缺省值。",
        "证据照片 photos/W.jpg（cams/evidence.csv 记录 #2）按其 EXIF 位置拍摄于距摄像机 W 51.2 米处，超过 50 米；请核对照片所示是否为该摄像机。");
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

  @Test
  void checklistFindingsAreGradedByTheirItem() {
    assertThat(DUTIES.findings()).filteredOn(f -> f.code().name().endsWith("_CHECKLIST"))
        .map(f -> f.code() + " " + f.item() + " " + f.severity().code() + " " + f.party().code() + " " + f.consequence())
        .containsExactly(
            "ART11_CHECKLIST null violation site 24",
            "ART12_CHECKLIST null deficiency site null",
            "ART13_CHECKLIST null deficiency site null",
            "ART17_CHECKLIST null violation site 25(2)",
            "ART19_CHECKLIST 4 violation site 25(3)",
            "ART20_CHECKLIST 1 violation anyone 26",
            "ART20_CHECKLIST 2 violation site 25(4)",
            "ART20_CHECKLIST 7 violation site 25(2)");
  }

  @Test
  void englishMessagesOfTheDuties() {
    assertThat(messages(DUTIES, Language.EN)).containsExactly(
        "The holiday calendar has no notice for 2027: the period ending 2027-01-04 was counted with weekends alone as rest days. Check that year's holidays.",
        "Camera T sees 1.61 m² of forbidden zone F1 (Art. 9(1)).",
        "Camera M has moved 3 m since the filed survey (more than 1 m): its position is to be fixed (Art. 10). Moving equipment must be reported to the public security organ (Art. 19(5)).",
        "Camera T has turned 20° since the filed survey, from heading 0° to 20° (more than 5°): its direction is to be fixed (Art. 10).",
        "Camera R's field of view has changed since the filed survey: angle 60° → 60°, range 10 m → 15 m: its range is to be fixed (Art. 10).",
        "Inspection: site S1 has built a public video system in a place concerning public security without authority (Art. 11, para. 3). Note: 未经授权在广场入口安装. Checked by 王芳. Checked on 2024-06-03.",
        "Inspection: site S1's system does not conform to the mandatory national, industry and local standards (Art. 12).",
        "Inspection: site S1's system was not designed, built and put into use together with its project's main works (Art. 13).",
        "Inspection: site S1 refused the public security organ's retrieval, connection or direct use of its system, or an emergency department's access to its footage (Art. 17, Art. 25(2)). Note: 拒绝民警调取录像. Checked by 王芳. Checked on 2024-06-03.",
        "Footage of site S1 was retrieved on 2024-03-05 14:30 (cameras M, T) by 1 person(s); at least 2 are required (Art. 18(1)). Register record #1 of cams/access_log.csv, recorded by 李明.",
        "Footage of site S1 was retrieved on 2024-03-05 14:30 (cameras M, T) with no approval document recorded (Art. 18(3)). Register record #1 of cams/access_log.csv, recorded by 李明.",
        "Inspection: site S1 does not meet the using unit's duty of Art. 19(4). Note: 无调取登记. Checked by 王芳. Checked on 2024-06-03.",
        "The register of retrievals of site S1 does not record where it went for the retrieval on 2024-03-05 14:30 (cameras M, T) (Art. 19(4)). Register record #1 of cams/access_log.csv.",
        "The register of retrievals of site S1 does not record who recorded it, who retrieved it, when, the purpose, where it went (Art. 19(4)). Register record #2 of cams/access_log.csv.",
        "Inspection: at site S1 an act that Art. 20(1) prohibits was found.",
        "Inspection: at site S1 an act that Art. 20(2) prohibits was found. Note: 摄像机改为对准住宅. Checked by 王芳. Checked on 2024-06-03.",
        "Inspection: at site S1 an act that Art. 20(7) prohibits was found.",
        "Camera T, changed since the filed survey, now sees 1.61 m² of forbidden zone F1, which its filed view did not (Art. 20(2)).",
        "Record #2 of layer access_log in cams/access_log.csv has no value for persons; the rules that need it were not applied to this record.",
        "Camera A is not in the filed survey: added, or renumbered, since filing.",
        "Camera X of the filed survey is missing: removed, or renumbered, since filing.",
        "Layer cameras of cams/cameras.shp is on the datum Xian 1980, for which no shift to WGS 84 is known; it was read"
            + " unshifted (--accept-datum), so positions may be tens to hundreds of metres off. Give the shift with"
            + " --towgs84, or reproject the file.");
  }

  @Test
  void chineseMessagesOfTheDuties() {
    assertThat(messages(DUTIES, Language.ZH)).containsExactly(
        "节假日日历缺少 2027 年的国务院通知：截至 2027-01-04 的期间仅按周末计算休息日。请核对该年节假日安排。",
        "摄像机 T 可见禁止安装区域 F1 1.61 平方米（第九条第（一）项）。",
        "摄像机 M 自备案以来位置移动 3 米（超过 1 米），摄像设备的位置应当固定（第十条）。因工作需要移动设施、设备的，应当及时向公安机关报告（第十九条第（五）项）。",
        "摄像机 T 自备案以来指向方位转动 20 度，由 0 度变为 20 度（超过 5 度），摄像头指向方位应当固定（第十条）。",
        "摄像机 R 自备案以来镜头所及范围改变：视角 60 度 → 60 度，可视距离 10 米 → 15 米，镜头所及范围应当固定（第十条）。",
        "检查发现：场所 S1 擅自在涉及公共安全的场所和区域建设公共视频系统（第十一条第三款）。备注：未经授权在广场入口安装。检查人：王芳。检查日期：2024-06-03。",
        "检查发现：场所 S1 的公共视频系统不符合国家、行业和地方的强制性标准（第十二条）。",
        "检查发现：场所 S1 的公共视频系统未与项目主体工程同时设计、同时施工、同时投入使用（第十三条）。",
        "检查发现：场所 S1 拒绝公安机关调取、接入或者直接使用公共视频系统，或者拒绝具有突发事件调查、处置权的行政主管部门查阅、复制、调取信息资料（第十七条、第二十五条第（二）项）。备注：拒绝民警调取录像。检查人：王芳。检查日期：2024-06-03。",
        "场所 S1 的信息资料于 2024-03-05 14:30 被调取（摄像机 M、T），使用人员 1 人，应当不少于 2 人（第十八条第（一）项）。见 cams/access_log.csv 登记记录 #1，录制人员 李明。",
        "场所 S1 的信息资料于 2024-03-05 14:30 被调取（摄像机 M、T），未登记批准文件或证明文件（第十八条第（三）项）。见 cams/access_log.csv 登记记录 #1，录制人员 李明。",
        "检查发现：场所 S1 未遵守第十九条第（四）项的规定。备注：无调取登记。检查人：王芳。检查日期：2024-06-03。",
        "场所 S1 的信息资料调取登记（调取时间 2024-03-05 14:30）（摄像机 M、T）未登记：去向（第十九条第（四）项）。见 cams/access_log.csv 登记记录 #1。",
        "场所 S1 的信息资料调取登记未登记：录制人员、调取人员、调取时间、调取用途、去向（第十九条第（四）项）。见 cams/access_log.csv 登记记录 #2。",
        "检查发现：场所 S1 有第二十条第（一）项所列行为。",
        "检查发现：场所 S1 有第二十条第（二）项所列行为。备注：摄像机改为对准住宅。检查人：王芳。检查日期：2024-06-03。",
        "检查发现：场所 S1 有第二十条第（七）项所列行为。",
        "摄像机 T 自备案以来发生改变，现可见禁止安装区域 F1 1.61 平方米，而其备案时的视场不可见该区域（第二十条第（二）项）。",
        "cams/access_log.csv 的 access_log 图层记录 #2 缺少字段值：persons；依赖这些字段的规则未对该记录适用。",
        "摄像机 A 不在备案勘查中：系备案后新增或重新编号。",
        "备案勘查中的摄像机 X 已不存在：系备案后拆除或重新编号。",
        "cameras 图层 cams/cameras.shp 的大地基准为 Xian 1980，没有已知的到 WGS 84 的转换参数；已按原坐标读取（--accept-datum），"
            + "位置可能偏差数十至数百米。请用 --towgs84 给出转换参数，或先将文件转换坐标系。");
  }

  private static List<String> messages(Language language) {
    return messages(EVERY, language);
  }

  private static List<String> messages(CheckResult result, Language language) {
    FindingMessages messages = FindingMessages.of(language);
    return result.findings().stream().map(messages::message).toList();
  }
}
