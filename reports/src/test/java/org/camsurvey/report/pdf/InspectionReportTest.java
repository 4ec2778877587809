package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.Inspector;
import org.camsurvey.report.ReportFixture;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The inspection report, read back as text: who inspected, what was found where, and by when it must be put right. */
@Tag("slow")
class InspectionReportTest {
  private static final LocalDate INSPECTED = LocalDate.of(2024, 3, 12);
  private static final InspectionReport.Inspection INSPECTION = new InspectionReport.Inspection(
      List.of(new Inspector("张伟", "50010012345"), new Inspector("李娜", "50010067890")), LocalDate.of(2024, 3, 27));
  private static DocumentFont font;
  private static String everyFindingZh;

  @BeforeAll
  static void writeTheReport() throws IOException {
    font = DocumentFont.bundled();
    everyFindingZh = report(ReportFixture.everyFinding(), Language.ZH);
  }

  private static String report(CheckResult result, Language language) throws IOException {
    String sha = "ab".repeat(32);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("INS", INSPECTED, sha), INSPECTED, "fixture", sha,
        language, "test");
    return PdfText.of(InspectionReport.write(result, INSPECTION, info, font));
  }

  @Test
  void theReportNamesTheInspectorsTheirCertificatesAndTheDeadline() {
    assertThat(everyFindingZh).contains("张伟", "50010012345", "李娜", "50010067890", "2024-03-27", "2024-03-12");
  }

  @Test
  void everySiteWithFindingsAndItsCamerasAppear() {
    assertThat(everyFindingZh).contains("东门商场", "S1", "V", "IN", "OLD");
  }

  @Test
  void theSameResultGivesTheSameTextInItsLanguage() throws IOException {
    assertThat(report(ReportFixture.everyFinding(), Language.ZH)).isEqualTo(everyFindingZh);
    assertThat(report(ReportFixture.everyFinding(), Language.EN)).isNotEqualTo(everyFindingZh)
        .contains("50010012345");
  }

  @Test
  void underTheRegulationAForbiddenViewNewSinceFilingSaysSoInItsFacts() throws IOException {
    String text = report(ReportFixture.jiefangbeiAgainstFiledUnderTheRegulation(), Language.ZH).replaceAll("\\s+", "");

    // ST-05's fact paragraph, and no other: the hotel's and the bank's cameras are as they were filed
    assertThat(text).containsOnlyOnce("该摄像机自备案以来发生变化，其备案时的视场不含该区域。");
    String fact = text.substring(text.indexOf("摄像机ST-05可见区域Z-W-01"));
    assertThat(fact.substring(0, fact.indexOf("该摄像机自备案以来发生变化"))).doesNotContain("摄像机H");
  }

  @Test
  void aCleanSurveysReportHasNoFindingOfTheFixtures() throws IOException {
    String text = report(ReportFixture.clean(), Language.ZH);

    assertThat(text).doesNotContain("东门商场", "公共卫生间");
    assertThat(font.missing()).as("the bundled font shows every character").isEmpty();
  }
}
