package org.camsurvey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.law.ChineseNumeral;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;

/**
 * Turns a finding into a sentence in the reader's language, from templates in {@code
 * messages_*.properties}.
 *
 * <p>A template names the finding's parts in braces: {@code {camera}}, {@code {zone}}, {@code
 * {site}}, {@code {zone_site}}, {@code {item}}, {@code {file}}, {@code {layer}}, {@code {record}},
 * and any figure by name; a code's {@code .camera} template serves findings about a camera, its
 * {@code .row} template those about one record of a layer without cameras (an access-log row),
 * its {@code .record} template the rest; {@code {coverage:%}} prints a fraction as a percentage, {@code
 * {item:cn}} a number as a Chinese numeral; {@code {quality}} and {@code {act}} are worded by
 * their {@code quality.*} and {@code act.*} templates. Text in square
 * brackets is left out when a part it names is missing.
 */
public final class FindingMessages {
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)(:%|:cn)?}");
  private static final Map<Language, FindingMessages> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final Properties templates;
  private final Map<String, List<Piece>> parsed = new ConcurrentHashMap<>();

  private FindingMessages(Language language, Properties templates) {
    this.language = language;
    this.templates = templates;
  }

  public static synchronized FindingMessages of(Language language) {
    return LOADED.computeIfAbsent(language, FindingMessages::load);
  }

  private static FindingMessages load(Language language) {
    String name = "messages_" + language.code() + ".properties";
    Properties p = new Properties();
    try (InputStream in = FindingMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("message resource " + name + " is missing from the build");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FindingMessages(language, p);
  }

  public Language language() {
    return language;
  }

  /** A word or phrase of the interface ("violation", "Summary", …) by key. */
  public String text(String key) {
    String value = templates.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("no message '" + key + "' in " + language);
    }
    return value;
  }

  /** A phrase in the words of a finding's law, as {@link DocumentText#text(String, LawId)} picks it. */
  public String text(String key, LawId law) {
    return text(inWordsOf(templates, key, law));
  }

  /**
   * The key of a text in the words of a law: {@code key.cn2025} where the regulation has its own,
   * else {@code key}, which is in the measures' words.
   */
  static String inWordsOf(Properties texts, String key, LawId law) {
    String own = law == null || law == LawId.CQ2009 ? null : key + "." + law.code();
    return own != null && texts.getProperty(own) != null ? own : key;
  }

  /**
   * The finding's article and item as its law cites them in this language ("第八条第一款第（三）项",
   * "Art. 8(1)(三)"), for the regulation's findings, whose item is the part after the article.
   */
  private String citation(Finding f) {
    if (f.article() == null || f.law() == null) {
      return null;
    }
    Statute statute = Statute.of(f.law(), language);
    return statute.reference(statute.cite(f.article() + (f.item() == null ? "" : f.item())));
  }

  /** The finding's sentence. */
  public String message(Finding finding) {
    String code = finding.code().name();
    String template = templates.getProperty(code + (finding.cameraId() != null ? ".camera" : ".record"));
    if (finding.cameraId() == null && finding.source() != null && finding.source().recordNumber() > 0
        && templates.getProperty(code + ".row") != null) {
      template = templates.getProperty(code + ".row");
    }
    if (finding.cameraId() == null && finding.source() == null && finding.siteId() != null
        && templates.getProperty(code + ".site") != null) {
      // a site's own field (class), which no record of a layer names
      template = templates.getProperty(code + ".site");
    }
    if (template == null) {
      template = text(code);
    }
    StringBuilder out = new StringBuilder();
    for (Piece piece : parsed(template)) {
      if (piece.optional()) {
        int start = out.length();
        if (!fill(finding, piece.parts(), true, out)) {
          out.setLength(start);
        }
      } else {
        fill(finding, piece.parts(), false, out);
      }
    }
    return out.toString();
  }

  /**
   * A template cut into its bracketed and plain runs, each into text and placeholders, once per
   * template: a batch writes a sentence for every one of a city's million findings, and matching
   * the patterns anew for each was a twentieth of its run.
   */
  private List<Piece> parsed(String template) {
    return parsed.computeIfAbsent(template, FindingMessages::parse);
  }

  private static List<Piece> parse(String template) {
    List<Piece> pieces = new ArrayList<>();
    Matcher optional = OPTIONAL.matcher(template);
    int at = 0;
    while (optional.find()) {
      pieces.add(new Piece(parts(template.substring(at, optional.start())), false));
      pieces.add(new Piece(parts(optional.group(1)), true));
      at = optional.end();
    }
    pieces.add(new Piece(parts(template.substring(at)), false));
    return List.copyOf(pieces);
  }

  private static List<Part> parts(String text) {
    List<Part> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int at = 0;
    while (m.find()) {
      parts.add(new Part(text.substring(at, m.start()), null, null));
      parts.add(new Part(null, m.group(1), m.group(2)));
      at = m.end();
    }
    parts.add(new Part(text.substring(at), null, null));
    return List.copyOf(parts);
  }

  /** A run of a template, left out as a whole where it is bracketed and a part it names is missing. */
  private record Piece(List<Part> parts, boolean optional) {}

  /** Text as it stands, or a placeholder's name and its format ({@code :%}, {@code :cn} or null). */
  private record Part(String text, String name, String format) {}

  /**
   * Appends a run's text with its placeholders filled; a missing part is "?", or, where the run
   * is all or nothing, stops it and gives false.
   */
  private boolean fill(Finding finding, List<Part> parts, boolean allOrNothing, StringBuilder out) {
    for (Part p : parts) {
      if (p.text() != null) {
        out.append(p.text());
        continue;
      }
      String name = p.name();
      Object value = part(finding, name);
      if (value == null) {
        if (allOrNothing) {
          return false;
        }
        value = "?";
      }
      if ((name.equals("quality") || name.equals("act")) && templates.getProperty(name + "." + value) != null) {
        value = templates.getProperty(name + "." + value);
      }
      if (name.equals("missing") && value instanceof Collection<?> fields) {
        value = fields.stream().map(f -> templates.getProperty("field." + f, f.toString())).toList();
      }
      if (name.equals("changes") && value instanceof Collection<?> changes) {
        value = changes.stream().map(c -> templates.getProperty("change." + c, c.toString())).toList();
      }
      if (":%".equals(p.format()) && value instanceof Number n) {
        out.append(DocumentText.percent(n.doubleValue()));
      } else if (":cn".equals(p.format()) && value.toString().matches("[1-9]\\d?")) {
        out.append(ChineseNumeral.format(Integer.parseInt(value.toString())));
      } else {
        out.append(show(value));
      }
    }
    return true;
  }

  private String show(Object value) {
    if (value instanceof Collection<?> c) {
      return String.join(language == Language.ZH ? "、" : ", ", c.stream().map(Object::toString).toList());
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }


  private Object part(Finding f, String name) {
    return switch (name) {
      case "cite" -> citation(f);
      case "catchall" -> f.figures().get("catch_all") == null ? null : text("catchall");
      case "changed" -> f.figures().get("changed_since_filing") == null ? null : text("changed");
      case "camera" -> f.cameraId();
      case "zone" -> f.zoneId();
      case "site" -> f.siteId();
      case "zone_site" -> f.zoneSiteId();
      case "item" -> f.item();
      case "file" -> f.source() == null ? null : f.source().file();
      case "layer" -> f.source() == null ? null : f.source().layer();
      case "record" -> f.source() == null || f.source().recordNumber() == 0 ? null : f.source().recordLabel();
      default -> f.figures().get(name);
    };
  }
}
