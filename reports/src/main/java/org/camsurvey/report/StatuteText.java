package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;

/** The measures, or a part of them, as plain text for a terminal or as JSON for scripts. */
public final class StatuteText {
  private static final JsonFactory JSON = new JsonFactory();

  private StatuteText() {}

  /**
   * The whole statute as one JSON document: {@code {"language", "title", "articles": [{"article",
   * "lines"}]}}, a line per paragraph or item as the text prints them.
   */
  public static void writeAllJson(Statute statute, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("language", statute.language().code());
      g.writeStringField("title", statute.title());
      g.writeArrayFieldStart("articles");
      for (Statute.Article article : statute.articles()) {
        g.writeStartObject();
        g.writeNumberField("article", article.number());
        lines(g, article.lines());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  /** One quoted part as JSON: {@code {"language", "citation", "lines"}}. */
  public static void writeJson(Statute statute, String citation, List<String> lines, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("language", statute.language().code());
      g.writeStringField("citation", citation);
      lines(g, lines);
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  private static void lines(JsonGenerator g, List<String> lines) throws IOException {
    g.writeArrayFieldStart("lines");
    for (String line : lines) {
      g.writeString(line);
    }
    g.writeEndArray();
  }

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
