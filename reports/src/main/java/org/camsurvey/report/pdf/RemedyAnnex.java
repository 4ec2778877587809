package org.camsurvey.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.report.RemedyRows;

/**
 * The proposal of {@code fix} as an annex to a filing packet or an inspection report ({@code
 * --remedies}): the same rows as the terminal table, in the document's language, on a page of
 * their own.
 */
final class RemedyAnnex {
  private static final float SIZE = 8.5f;

  private RemedyAnnex() {}

  /** Adds the annex; nothing where no proposal was asked for. */
  static void add(PdfLayout layout, RemedyPlan plan) throws DocumentException {
    if (plan == null) {
      return;
    }
    RemedyRows words = RemedyRows.of(layout.text.language());
    layout.newPage();
    layout.heading(words.word("annex.title"));
    layout.paragraph(words.word("annex.intro"));
    if (plan.remedies().isEmpty()) {
      layout.paragraph(words.word("nothing"));
      return;
    }
    PdfPTable t = layout.table(14, 9, 17, 17, 23, 20);
    t.setHeaderRows(1);
    for (String heading : words.headings()) {
      t.addCell(layout.header(heading, SIZE));
    }
    for (List<String> row : words.rows(plan)) {
      for (String cell : row) {
        t.addCell(layout.cell(cell, SIZE));
      }
    }
    layout.add(t);
    layout.paragraph(words.format("summary", plan.remedies().stream().filter(r -> !r.unfixable()).count(),
        plan.unfixable().size()));
  }
}
