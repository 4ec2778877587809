package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.Inspector;
import org.camsurvey.report.OfficeProfile;
import org.camsurvey.report.ReportFixture;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No page is left more than half empty between two blocks of one section: a page may end short
 * only where a section, a part (a notice, the record) or the document ends. Measured from the
 * layout itself, on the sample's documents and on documents built to provoke the gap.
 */
@Tag("slow")
class HalfEmptyPageTest {
  private static final LocalDate DATE = LocalDate.of(2023, 9, 1);
  private static final String SHA = "ab".repeat(32);
  private static final InspectionReport.Inspection INSPECTION = new InspectionReport.Inspection(
      List.of(new Inspector("张伟", "50010012345"), new Inspector("李娜", "50010067890")), LocalDate.of(2023, 9, 18));

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSamplesInspectionDocumentsAndPacketLeaveNoHalfEmptyPageInsideASection(Language language) {
    CheckResult result = ReportFixture.jiefangbei();
    OfficeProfile office = OfficeProfile.read(SampleSurveys.repositoryRoot().resolve("samples/office.properties"));
    DocumentInfo inspect = info("INS", language);
    DocumentInfo filing = info("FIL", language);

    assertFilledAtLeastHalf(InspectionReport.model(result, INSPECTION, inspect, null, office), inspect);
    assertFilledAtLeastHalf(FilingPacket.model(result, filing, null), filing);
  }

  /**
   * A table kept together (a finding with its evidence) taller than what is left of a page that
   * is not yet half full: moved whole, it would leave the page more than half empty, so it runs
   * over with its title repeated.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void aTallTableKeptTogetherRunsOverRatherThanLeaveHalfAPageEmpty(Language language) {
    DocumentInfo info = info("INS", language);
    DocumentBuilder doc = new DocumentBuilder("provoked", info.text());
    doc.heading("1");
    for (int i = 0; i < 6; i++) {
      doc.paragraph("检查人员对被检查单位的公共安全视频图像信息系统进行了现场检查。".repeat(4));
    }
    for (int table = 0; table < 3; table++) {
      DocumentBuilder.TableBuilder t = doc.table(18, 82).keepTogether();
      t.add(DocumentBuilder.spanningHeader("(" + (table + 1) + ") 违法 · JFB-STREET", 2));
      for (int row = 0; row < 36; row++) {
        t.header("事实").cell("摄像机 ST-" + row + " 可见禁止安装区域 Z-W-01“公共卫生间（男、女）” 48.04 平方米。");
      }
      t.add();
    }
    doc.heading("2");
    doc.paragraph("—");

    assertFilledAtLeastHalf(doc.build(), info);
  }

  private static DocumentInfo info(String kind, Language language) {
    return new DocumentInfo(DocumentInfo.number(kind, DATE, SHA), DATE, "jiefangbei", SHA, language, "test");
  }

  private static void assertFilledAtLeastHalf(DocumentModel model, DocumentInfo info) {
    List<PdfLayout.PageFill> fills = PdfRenderer.pageFills(model, info, DocumentFont.bundled());
    assertThat(fills).as("pages laid out").isNotEmpty();
    assertThat(fills).as("%s: pages ending inside a section less than half full, of %s", model.title(), fills)
        .filteredOn(f -> !f.endsSection() && f.filled() < 0.5f).isEmpty();
  }
}
