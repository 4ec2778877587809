package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.model.Language;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Findings for Google Earth: styled by severity, a Folder per site, the message as description. */
class FindingsKmlTest {
  @Test
  void theSamplesFindingsStyledBySeverity() throws Exception {
    CheckResult result = ReportFixture.jiefangbei();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FindingsKml.write(result, FindingMessages.of(Language.EN), out, false);

    Document doc = KmlDocuments.parse(out.toByteArray());
    List<Element> placemarks = KmlDocuments.elements(doc, "Placemark");
    assertThat(placemarks).hasSize(result.findings().size());
    assertThat(placemarks).extracting(p -> KmlDocuments.child(p, "styleUrl") + " " + KmlDocuments.child(p, "name"))
        .contains("#violation violation ART9_FORBIDDEN_VIEW H-03 → Z-H-02", "#deficiency deficiency ART10_NO_SIGNAGE ST-06",
            "#warning warning DATA_MISSING_FIELD W-01", "#violation violation ART8_UNCOVERED Z-ST-02");
    for (int i = 0; i < placemarks.size(); i++) {
      assertThat(KmlDocuments.child(placemarks.get(i), "description"))
          .isEqualTo(FindingMessages.of(Language.EN).message(result.findings().get(i)));
    }
    assertThat(KmlDocuments.elements(doc, "Style")).extracting(s -> s.getAttribute("id") + " "
            + KmlDocuments.child(KmlDocuments.elements(doc, "LineStyle").get(0), "color"))
        .hasSize(3);
    assertThat(KmlDocuments.elements(doc, "Style")).extracting(s -> s.getAttribute("id"))
        .containsExactly("violation", "deficiency", "warning");
    assertThat(KmlDocuments.child(KmlDocuments.elements(doc, "LineStyle").get(0), "color")).isEqualTo("ff0000ff");
    assertThat(KmlDocuments.elements(doc, "Folder")).extracting(f -> KmlDocuments.child(f, "name"))
        .containsExactly("JFB-BANK 渝江商业银行解放碑支行", "JFB-HOTEL 云栖大酒店（解放碑店）", "JFB-HOTEL-3F 云栖大酒店（解放碑店）三楼客房层", "JFB-MALL 碑都购物中心", "JFB-SCHOOL 渝中区碑西实验小学",
            "JFB-STREET 解放碑步行街（民权路—邹容路段）", "JFB-WC 民权路公共厕所");
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("<Data name=\"overlap_m2\"><value>").contains("<Data name=\"consequence\"><value>24</value>");
  }

  @Test
  void chineseLabelsAndKmz(@TempDir Path dir) throws Exception {
    Path kmz = dir.resolve("findings.kmz");
    try (OutputStream out = Files.newOutputStream(kmz)) {
      FindingsKml.write(ReportFixture.jiefangbei(), FindingMessages.of(Language.ZH), out, true);
    }

    String kml = new String(KmlDocuments.docKml(kmz), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(kml).contains("<name>jiefangbei — 检查结果</name>").contains("<name>违法 ART9_FORBIDDEN_VIEW H-03 → Z-H-02</name>");
  }

  @Tag("slow")
  @Test
  void gdalReadsIt(@TempDir Path dir) throws Exception {
    assumeTrue(KmlDocuments.onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Path kml = dir.resolve("findings.kml");
    try (OutputStream out = Files.newOutputStream(kml)) {
      FindingsKml.write(ReportFixture.jiefangbei(), FindingMessages.of(Language.EN), out, false);
    }

    String info = KmlDocuments.run("ogrinfo", "-ro", "-al", kml.toString());

    assertThat(info).contains("Layer name: JFB-HOTEL 云栖大酒店（解放碑店）").contains("code (String) = ART9_FORBIDDEN_VIEW")
        .contains("POLYGON ((106.57");
  }
}
