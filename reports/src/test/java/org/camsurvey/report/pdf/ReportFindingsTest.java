package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.Block;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.map.MapFinding;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's findings as a model: repeated findings of one kind at one site share one table with
 * the article quoted once and a row a finding, numbered as the maps number them; a finding alone of
 * its kind keeps its own table.
 */
class ReportFindingsTest {
  private static final LocalDate INSPECTED = LocalDate.of(2023, 8, 30);
  private static final LocalDate DEADLINE = LocalDate.of(2023, 9, 14);
  private static Survey sample;

  @BeforeAll
  static void readTheSample() {
    sample = SurveyReader.read(SampleSurveys.sample("jiefangbei"), ImportOptions.defaults());
  }

  private static Finding unfiled(String siteId, String cameraId) {
    return Finding.of(FindingCode.ART15_NOT_FILED).camera(siteId, cameraId).build();
  }

  private static Finding intrusion(String cameraId, String zoneId, double overlapM2) {
    FindingCode code = FindingCode.ART9_FORBIDDEN_VIEW;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("overlap_m2", overlapM2);
    figures.put("range_m", 30);
    return new Finding(code, "3", "JFB-STREET", cameraId, zoneId, null, figures, null, null, code.severity(),
        code.consequence(), code.party(), code.law());
  }

  /** The findings laid out for the site, as the report's tables. */
  private static List<Block.Table> tables(ReportFindings findings, DocumentBuilder doc, List<Finding> forSite) {
    findings.forSite(forSite);
    return doc.build().blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
  }

  private static ReportFindings findings(DocumentBuilder doc) {
    Map<String, Site> sites = new LinkedHashMap<>();
    sample.sites().forEach(s -> sites.put(s.siteId(), s));
    return new ReportFindings(doc, sites, new EvidencePhotos(doc, sample), INSPECTED, DEADLINE);
  }

  @Test
  void threeCamerasNeverFiledAtOneSiteAreOneTableWithTheArticleQuotedOnce() {
    DocumentBuilder doc = new DocumentBuilder("t", DocumentText.of(Language.ZH));
    ReportFindings findings = findings(doc);
    List<Finding> forSite = List.of(unfiled("JFB-STREET", "ST-01"), unfiled("JFB-STREET", "ST-02"),
        unfiled("JFB-BANK", "B-01"), unfiled("JFB-STREET", "ST-03"));

    List<Block.Table> tables = tables(findings, doc, forSite);

    assertThat(tables).hasSize(2);
    Block.Table street = tables.get(0);
    String quote = Statute.of(LawId.CQ2009, Language.ZH).quote("15").get(0);
    assertThat(street.lines()).filteredOn(quote::equals).hasSize(1);
    assertThat(street.lines().get(0)).isEqualTo("(1)–(3) 违法 · JFB-STREET 解放碑步行街（民权路—邹容路段）（3 处）");
    assertThat(street.lines()).contains("(1) ST-01", "(2) ST-02", "(3) ST-03", "2023-09-14");
    assertThat(street.headerRows()).as("the group's title repeated on every page it runs over").isEqualTo(1);
    Block.Table bank = tables.get(1);
    assertThat(bank.lines().get(0)).as("a finding alone of its kind keeps its own table").isEqualTo("(4) 违法 · JFB-BANK 渝江商业银行解放碑支行");
    assertThat(bank.lines()).contains("事实", "摄像机 B-01 未向公安机关备案（第十五条）。").doesNotContain("(4) B-01");
  }

  @Test
  void theRowsAreNumberedAsTheMapsAndTheCodeAppendixNumberThem() {
    DocumentBuilder doc = new DocumentBuilder("t", DocumentText.of(Language.ZH));
    ReportFindings findings = findings(doc);
    Finding st1 = unfiled("JFB-STREET", "ST-01");
    Finding b1 = unfiled("JFB-BANK", "B-01");
    Finding st2 = unfiled("JFB-STREET", "ST-02");

    tables(findings, doc, List.of(st1, b1, st2));

    assertThat(findings.printed()).as("the order printed: the street's group, then the bank's").containsExactly(st1, st2, b1);
    assertThat(findings.mapped()).containsExactly(new MapFinding(1, st1), new MapFinding(2, st2), new MapFinding(3, b1));
  }

  @Test
  void figuresAllShareArePrintedOnceAndEachRowKeepsItsOwn() {
    DocumentBuilder doc = new DocumentBuilder("t", DocumentText.of(Language.ZH));
    List<Block.Table> tables = tables(findings(doc), doc,
        List.of(intrusion("ST-05", "Z-A", 48.04), intrusion("ST-05", "Z-B", 4.5)));

    List<String> lines = tables.get(0).lines();
    assertThat(lines).containsOnlyOnce("距离 30 米").contains("可见禁止区域面积 48.04 平方米", "可见禁止区域面积 4.5 平方米")
        .filteredOn(l -> l.startsWith("重叠面积按勘查数据")).as("how an overlap is found, once").hasSize(1);
  }

  @Test
  void aPhotoOfTwoFindingsOfAGroupIsShownOnceUnderBothNumbers() {
    DocumentBuilder doc = new DocumentBuilder("t", DocumentText.of(Language.ZH));
    List<Block.Table> tables = tables(findings(doc), doc,
        List.of(intrusion("ST-05", "Z-A", 48.04), intrusion("ST-05", "Z-B", 4.5)));

    List<String> lines = tables.get(0).lines();
    assertThat(lines).containsOnlyOnce("现场照片 (1)(2)").filteredOn(l -> l.startsWith("照片 photos/ST-05.png")).hasSize(1);
  }

  @Test
  void inEnglishTheGroupCountsItsInstances() {
    DocumentBuilder doc = new DocumentBuilder("t", DocumentText.of(Language.EN));
    List<Block.Table> tables = tables(findings(doc), doc,
        List.of(unfiled("JFB-STREET", "ST-01"), unfiled("JFB-STREET", "ST-02")));

    assertThat(tables.get(0).lines().get(0))
        .isEqualTo("(1)–(2) violation · JFB-STREET 解放碑步行街（民权路—邹容路段） (2 instances)");
  }
}
