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

/** A law, or a part of it, as plain text for a terminal or as JSON for scripts; several laws in turn. */
public final class StatuteText {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * What is printed of one law.
   *
   * @param statute the law's text in the language printed
   * @param citation the part as asked for, or null for the whole law
   * @param lines the part's lines, a line per paragraph or item (unused for the whole law)
   */
  public record Part(Statute statute, String citation, List<String> lines) {
    public Part {
      lines = List.copyOf(lines);
    }

    /** The whole law. */
    public static Part whole(Statute statute) {
      return new Part(statute, null, List.of());
    }
  }

  private StatuteText() {}

  /**
   * The parts as JSON: for a part {@code {"law", "language", "citation", "lines"}}; for a whole law
   * {@code {"law", "language", "title", "articles": [{"article", "lines"}]}}; one document for one
   * law, an array of them, in the order given, for several.
   */
  public static void writeJson(List<Part> parts, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (parts.size() > 1) {
        g.writeStartArray();
      }
      for (Part part : parts) {
        write(g, part);
      }
      if (parts.size() > 1) {
        g.writeEndArray();
      }
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static void write(JsonGenerator g, Part part) throws IOException {
    Statute statute = part.statute();
    g.writeStartObject();
    g.writeStringField("law", statute.law().code());
    g.writeStringField("language", statute.language().code());
    if (part.citation() == null) {
      g.writeStringField("title", statute.title());
      g.writeArrayFieldStart("articles");
      for (Statute.Article article : statute.articles()) {
        g.writeStartObject();
        g.writeNumberField("article", article.number());
        lines(g, article.lines());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else {
      g.writeStringField("citation", part.citation());
      lines(g, part.lines());
    }
    g.writeEndObject();
  }

  private static void lines(JsonGenerator g, List<String> lines) throws IOException {
    g.writeArrayFieldStart("lines");
    for (String line : lines) {
      g.writeString(line);
    }
    g.writeEndArray();
  }

  /**
   * The parts as text: a part's lines, or a whole law; with several laws, each part after its
   * law's title, the laws a blank line apart.
   */
  public static void writeText(List<Part> parts, PrintWriter out) {
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (i > 0) {
        out.println();
      }
      if (part.citation() == null) {
        writeAll(part.statute(), out);
      } else {
        if (parts.size() > 1) {
          out.println(part.statute().title());
        }
        writeLines(part.lines(), out);
      }
    }
    out.flush();
  }

  /** The whole law: title, then every article, paragraphs separated by blank lines. */
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
