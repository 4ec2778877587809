package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camsurvey.model.Language;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One {@link DocumentFont} shared by threads that lay documents out at once, as {@code batch --reports} does. */
@Tag("slow")
class SharedFontTest {
  private static final int DOCUMENTS = 8;

  @Test
  void documentsLaidOutAtOnceWithOneFontAreThoseLaidOutOneByOne() throws Exception {
    CheckResult result = ReportFixture.everyFinding();
    List<byte[]> alone = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      alone.add(report(result, i, DocumentFont.bundled()));
    }

    DocumentFont shared = DocumentFont.bundled();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> together = new ArrayList<>();
      for (int i = 0; i < DOCUMENTS; i++) {
        int n = i;
        together.add(pool.submit(() -> report(result, n, shared)));
      }
      for (int i = 0; i < DOCUMENTS; i++) {
        assertThat(together.get(i).get()).as("document %d", i).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone.get(0)).as("each document has its own number, so its own bytes").isNotEqualTo(alone.get(1));
    assertThat(shared.missing()).as("the bundled font shows every character of the fixture").isEmpty();
  }

  private static byte[] report(CheckResult result, int n, DocumentFont font) {
    LocalDate date = LocalDate.of(2024, 3, 12);
    String sha = String.format("%08x", n) + "0".repeat(56);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("INS", date, sha), date, "site " + n, sha, Language.ZH, "test");
    return InspectionReport.write(result, new InspectionReport.Inspection(List.of(new Inspector("张伟", "50010012345"), new Inspector("李娜", "50010067890")), date.plusDays(15)),
        info, font);
  }
}
