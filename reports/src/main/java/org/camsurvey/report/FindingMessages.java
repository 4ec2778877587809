package org.camsurvey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
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
    Matcher optional = OPTIONAL.matcher(template);
    StringBuilder out = new StringBuilder();
    while (optional.find()) {
      String part = optional.group(1);
      String filled = fill(finding, part, true);
      optional.appendReplacement(out, Matcher.quoteReplacement(filled == null ? "" : filled));
    }
    optional.appendTail(out);
    return fill(finding, out.toString(), false);
  }

  private String fill(Finding finding, String text, boolean allOrNothing) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = part(finding, m.group(1));
      if (value == null) {
        if (allOrNothing) {
          return null;
        }
        value = "?";
      }
      if ((m.group(1).equals("quality") || m.group(1).equals("act"))
          && templates.getProperty(m.group(1) + "." + value) != null) {
        value = templates.getProperty(m.group(1) + "." + value);
      }
      if (m.group(1).equals("missing") && value instanceof Collection<?> fields) {
        value = fields.stream().map(f -> templates.getProperty("field." + f, f.toString())).toList();
      }
      if (m.group(1).equals("changes") && value instanceof Collection<?> changes) {
        value = changes.stream().map(c -> templates.getProperty("change." + c, c.toString())).toList();
      }
      String shown;
      if (":%".equals(m.group(2)) && value instanceof Number n) {
        shown = DocumentText.percent(n.doubleValue());
      } else if (":cn".equals(m.group(2)) && value.toString().matches("[1-9]\\d?")) {
        shown = ChineseNumeral.format(Integer.parseInt(value.toString()));
      } else {
        shown = show(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
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
