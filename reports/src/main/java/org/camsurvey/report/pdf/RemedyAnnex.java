package org.camsurvey.report.pdf;

import java.util.List;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.report.RemedyRows;
import org.camsurvey.report.document.DocumentBuilder;

/**
 * The proposal of {@code fix} as an annex to a filing packet or an inspection report ({@code
 * --remedies}): the same rows as the terminal table, in the document's language, on a page of
 * their own.
 */
final class RemedyAnnex {
  private RemedyAnnex() {}

  /** Adds the annex; nothing where no proposal was asked for. */
  static void add(DocumentBuilder layout, RemedyPlan plan) {
    if (plan == null) {
      return;
    }
    RemedyRows words = RemedyRows.of(layout.text().language());
    layout.newPage();
    layout.heading(words.word("annex.title"));
    layout.paragraph(words.word("annex.intro"));
    if (plan.remedies().isEmpty()) {
      layout.paragraph(words.word("nothing"));
      return;
    }
    DocumentBuilder.TableBuilder t = layout.table(17, 8, 20, 15, 25, 15).headerRows(1);
    for (String heading : words.headings()) {
      t.header(heading);
    }
    for (List<String> row : words.rows(plan)) {
      for (String cell : row) {
        t.cell(cell);
      }
    }
    t.add();
    layout.paragraph(words.format("summary", plan.remedies().stream().filter(r -> !r.unfixable()).count(),
        plan.unfixable().size()));
  }
}
