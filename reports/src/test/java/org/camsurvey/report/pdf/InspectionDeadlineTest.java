package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Party;
import org.camsurvey.model.Severity;
import org.camsurvey.report.DocumentText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What each finding asks of the site in the inspection report, and a summary row's strictest demand. */
class InspectionDeadlineTest {
  private static final LocalDate INSPECTED = LocalDate.of(2024, 4, 2);
  private static final LocalDate DEADLINE = LocalDate.of(2024, 4, 17);

  private static Finding finding(String code) {
    return Finding.of(FindingCode.valueOf(code)).site("S1").build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "ART9_FORBIDDEN_VIEW;   2024-04-02（立即拆除，第二十四条）",
      "ART11_CHECKLIST;       2024-04-02（立即拆除，第二十四条）",
      "ART8_UNCOVERED;        2024-04-17",
      "ART15_NOT_FILED;       2024-04-17",
      "ART19_LOG_INCOMPLETE;  2024-04-17",
      "ART20_REPURPOSED;      2024-04-17",
      "ART10_MOVED;           2024-04-17（建议）",
      "ART15_LATE_FILING;     无（已备案，无需整改）",
      "ART18_NO_APPROVAL;     不适用于被检查单位（致上级行政机关或者监察机关，第二十七条）"})
  void eachFindingsDemand(String code, String expected) {
    assertThat(InspectionReport.deadline(DocumentText.of(Language.ZH), finding(code), INSPECTED, DEADLINE))
        .isEqualTo(expected);
  }

  @Test
  void anActOfAnyoneIsReferredWithNoDeadline() {
    Finding theft = Finding.of(FindingCode.ART20_CHECKLIST).site("S1").item("1").party(Party.ANYONE).consequence("26")
        .build();

    assertThat(InspectionReport.deadline(DocumentText.of(Language.EN), theft, INSPECTED, DEADLINE))
        .isEqualTo("none for the site (recorded and referred, Art. 26)");
  }

  /** The regulation's Art. 26 punishes unentitled installers: an act of anyone under it is not referred by that article. */
  @Test
  void anActOfAnyoneUnderTheRegulationCitesNoArticleOfTheMeasures() {
    Finding covered = Finding.of(FindingCode.CN23_CHECKLIST).site("S1").item("(二)").party(Party.ANYONE)
        .consequence(null).figure("act", "obstruct").build();

    assertThat(InspectionReport.deadline(DocumentText.of(Language.ZH), covered, INSPECTED, DEADLINE))
        .isEqualTo("不适用于被检查单位（记录在案，对行为人另行处理）");
    assertThat(InspectionReport.deadline(DocumentText.of(Language.EN), covered, INSPECTED, DEADLINE))
        .doesNotContain("Art. 26");
  }

  /** A finding with no penalty article says so in its own law's words, never "本办法" for the regulation. */
  @Test
  void noPenaltyIsWordedByTheFindingsLaw() {
    DocumentText zh = DocumentText.of(Language.ZH);

    assertThat(zh.text("consequence.none", finding("ART12_CHECKLIST").law())).isEqualTo("本办法未对此规定罚则，建议整改。");
    assertThat(zh.text("consequence.none", finding("CN23_CHECKLIST").law())).isEqualTo("本条例未对此规定罚则，建议整改。");
    assertThat(DocumentText.of(Language.EN).text("consequence.none", finding("CN7_UNCOVERED").law()))
        .startsWith("The regulation attaches no penalty");
  }

  @Test
  void aSummaryRowTakesTheStrictestOfItsFindingsWhateverTheirOrder() {
    Finding late = finding("ART15_LATE_FILING");
    Finding notFiled = finding("ART15_NOT_FILED");
    Finding deficiency = Finding.of(FindingCode.ART12_CHECKLIST).site("S1").severity(Severity.DEFICIENCY).build();
    Finding removal = finding("ART11_CHECKLIST");

    assertThat(InspectionReport.strictest(List.of(late, notFiled))).isSameAs(notFiled);
    assertThat(InspectionReport.strictest(List.of(deficiency, late))).isSameAs(deficiency);
    assertThat(InspectionReport.strictest(List.of(deficiency, notFiled, removal))).isSameAs(removal);
    assertThat(InspectionReport.strictest(List.of(finding("ART18_TOO_FEW_PERSONS"), finding("ART18_NO_APPROVAL"))))
        .extracting(f -> f.party()).isEqualTo(Party.OFFICIAL);
  }
}
