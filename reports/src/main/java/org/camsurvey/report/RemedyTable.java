package org.camsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.remedy.RemedyPlan;

/** A fix's proposal as a terminal table, with a closing line on what {@code check} would still find. */
public final class RemedyTable {
  private RemedyTable() {}

  public static void write(RemedyPlan plan, String input, PrintWriter out) throws IOException {
    out.println("Survey: " + input);
    List<List<String>> rows = new ArrayList<>();
    rows.add(RemedyRows.HEADINGS);
    rows.addAll(RemedyRows.of(plan));
    int[] widths = new int[RemedyRows.HEADINGS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], TextWidth.of(row.get(i)));
      }
    }
    if (plan.remedies().isEmpty()) {
      out.println("Nothing to fix: no camera sees a forbidden zone and every mandated zone has its cover.");
    } else {
      out.println();
      for (List<String> row : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          line.append(i == 0 ? "" : "  ").append(TextWidth.pad(row.get(i), widths[i]));
        }
        out.println(line.toString().stripTrailing());
      }
      out.println();
      long changes = plan.remedies().stream().filter(r -> !r.unfixable()).count();
      out.println(changes + (changes == 1 ? " change" : " changes") + " proposed, " + plan.unfixable().size()
          + " left for the site to settle (removal, relocation or cover).");
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("the remedies table could not be written in full");
    }
  }
}
