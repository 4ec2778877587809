package org.camsurvey.law;

import org.camsurvey.model.LawId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.camsurvey.model.Language;

/**
 * One law: who made it, when, its rank, how it is cited, and its text. Loaded from the
 * resources named after the law's id ({@code cn2025.properties} and the texts it names).
 *
 * @param id the id {@code --law} takes
 * @param issuer the body that made it, in Chinese and English
 * @param order the order it was promulgated by (国务院令第799号), or null where the shipped text
 *     does not give it
 * @param adopted the day it was adopted
 * @param promulgated the day it was promulgated
 * @param effective the day it came into force
 * @param rank where it stands in the hierarchy of laws
 * @param citationStyle how its articles, paragraphs and items are cited
 * @param shortName how messages name it ("the regulation", "条例")
 */
public record Law(
    LawId id,
    Words issuer,
    Words order,
    LocalDate adopted,
    LocalDate promulgated,
    LocalDate effective,
    Rank rank,
    CitationStyle citationStyle,
    Words shortName) {

  /** A phrase in both languages: Chinese is the law's, English the project's rendering. */
  public record Words(String zh, String en) {
    public Words {
      Objects.requireNonNull(zh, "zh");
      Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
      return language == Language.ZH ? zh : en;
    }
  }

  public Law {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(citationStyle, "citationStyle");
    Objects.requireNonNull(shortName, "shortName");
  }

  // Loaded once on first use by the JVM's class initialisation, which is thread-safe.
  private static final class Loaded {
    static final Map<LawId, Law> LAWS = loadAll();
  }

  public static Law of(LawId id) {
    return Loaded.LAWS.get(id);
  }

  /** The law's text in a language (the Chinese is the law). */
  public Statute statute(Language language) {
    return Statute.of(id, language);
  }

  /** The law's title without book-title marks: 公共安全视频图像信息系统管理条例. */
  public String title(Language language) {
    return statute(language).title();
  }

  /** Whether this law prevails over the other where the two differ (it ranks above it). */
  public boolean prevailsOver(Law other) {
    return rank.outranks(other.rank);
  }

  private static Map<LawId, Law> loadAll() {
    Map<LawId, Law> laws = new EnumMap<>(LawId.class);
    for (LawId id : LawId.values()) {
      laws.put(id, load(id));
    }
    return laws;
  }

  private static Law load(LawId id) {
    Properties p = properties(id.code() + ".properties");
    return new Law(id,
        words(p, "issuer"),
        p.containsKey("order.zh") ? words(p, "order") : null,
        date(p, "adopted"),
        date(p, "promulgated"),
        date(p, "effective"),
        Rank.valueOf(required(p, "rank").toUpperCase(Locale.ROOT)),
        CitationStyle.valueOf(required(p, "citation").toUpperCase(Locale.ROOT)),
        words(p, "short"));
  }

  /** A resource of this package, UTF-8; its absence is a broken build, not bad input. */
  static Properties properties(String name) {
    try (InputStream in = Law.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the law resource " + name + " is missing from the build");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Words words(Properties p, String key) {
    return new Words(required(p, key + ".zh"), required(p, key + ".en"));
  }

  private static LocalDate date(Properties p, String key) {
    return p.containsKey(key) ? LocalDate.parse(p.getProperty(key)) : null;
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("the law resource lacks " + key);
    }
    return value;
  }
}
