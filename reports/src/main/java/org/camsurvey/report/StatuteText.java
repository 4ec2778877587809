package org.camsurvey.report;

import java.io.PrintWriter;
import java.util.List;
import org.camsurvey.model.Language;
import org.camsurvey.rules.Statute;

/** The measures, or a part of them, as plain text for a terminal. */
public final class StatuteText {
  private StatuteText() {}

  /** The whole statute: title, then every article, paragraphs separated by blank lines. */
  public static void writeAll(Statute statute, PrintWriter out) {
    out.println(statute.title());
    if (statute.language() == Language.EN) {
      out.println("(English rendering by the camsurvey project; the Chinese text is authoritative)");
    }
    for (Statute.Article article : statute.articles()) {
      out.println();
      writeLines(article.lines(), out);
    }
    out.flush();
  }

  /** The lines of one quoted part, one per paragraph or item. */
  public static void writeLines(List<String> lines, PrintWriter out) {
    for (String line : lines) {
      out.println(line);
    }
    out.flush();
  }
}
