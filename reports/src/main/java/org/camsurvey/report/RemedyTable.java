package org.camsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Language;
import org.camsurvey.remedy.RemedyPlan;

/** A fix's proposal as a terminal table (CJK counted double), closed by what is left for the site. */
public final class RemedyTable {
  private RemedyTable() {}

  public static void write(RemedyPlan plan, String input, Language language, PrintWriter out) throws IOException {
    RemedyRows words = RemedyRows.of(language);
    out.println(FindingMessages.of(language).text("table.survey") + ": " + input);
    if (plan.remedies().isEmpty()) {
      out.println(words.word("nothing"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(words.headings());
      rows.addAll(words.rows(plan));
      int[] widths = new int[rows.get(0).size()];
      for (List<String> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          widths[i] = Math.max(widths[i], TextWidth.of(row.get(i)));
        }
      }
      out.println();
      for (List<String> row : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          line.append(i == 0 ? "" : "  ").append(TextWidth.pad(row.get(i), widths[i]));
        }
        out.println(line.toString().stripTrailing());
      }
      out.println();
      out.println(words.format("summary", plan.remedies().stream().filter(r -> !r.unfixable()).count(),
          plan.unfixable().size()));
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("the remedies table could not be written in full");
    }
  }
}
