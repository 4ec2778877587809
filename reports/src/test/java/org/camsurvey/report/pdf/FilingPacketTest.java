package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.ReportFixture;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Test;

/** The filing packet, read back as text: the units' inventory of cameras and the self-check by article. */
class FilingPacketTest {
  private static final LocalDate DATE = LocalDate.of(2024, 3, 12);

  private static String packet(CheckResult result, Language language) throws IOException {
    String sha = "cd".repeat(32);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("FIL", DATE, sha), DATE, "fixture", sha, language, "test");
    return PdfText.of(FilingPacket.write(result, info, DocumentFont.bundled()));
  }

  @Test
  void everyCameraOfTheSurveyIsListed() throws IOException {
    String text = packet(ReportFixture.everyFinding(), Language.ZH);

    assertThat(text).contains("东门商场", "云栖大酒店（解放碑店）", "V", "IN", "OLD", "H", "N", "W");
  }

  @Test
  void thePacketBearsItsNumberAndDate() throws IOException {
    String text = packet(ReportFixture.clean(), Language.EN);

    assertThat(text).contains(DocumentInfo.number("FIL", DATE, "cd".repeat(32)), "2024-03-12");
  }
}
