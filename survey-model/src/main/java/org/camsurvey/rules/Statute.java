package org.camsurvey.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.model.Language;

/**
 * The measures as data: articles (条), their paragraphs (款) and items (项), parsed from the text
 * shipped as a resource, so that findings and reports quote it verbatim.
 *
 * <p>The Chinese text is the law; the English text is the project's own rendering, laid out
 * line for line like the Chinese so that both parse alike.
 */
public final class Statute {
  private static final Pattern ZH_ARTICLE = Pattern.compile("第([一二三四五六七八九十]+)条\u3000(.*)");
  private static final Pattern ZH_ITEM = Pattern.compile("（([一二三四五六七八九十]+)）(.*)");
  private static final Pattern EN_ARTICLE = Pattern.compile("Article (\\d+)\u3000(.*)");
  private static final Pattern EN_ITEM = Pattern.compile("\\((\\d+)\\) (.*)");
  private static final Pattern CITATION = Pattern.compile("(\\d+)(?:\\.(\\d+)|\\((\\d+)\\))?");

  /**
   * An item (项) of a paragraph.
   *
   * @param number the item's number, 1-based
   * @param line the line as the text has it, with its （一） or (1)
   */
  public record Item(int number, String line) {}

  /**
   * A paragraph (款) of an article.
   *
   * @param number the paragraph's number, 1-based
   * @param line the paragraph's own line, with the article heading where it is the first
   * @param items the items that follow it, if any
   */
  public record Paragraph(int number, String line, List<Item> items) {
    public Paragraph {
      items = List.copyOf(items);
    }
  }

  /**
   * An article (条).
   *
   * @param number the article's number
   * @param paragraphs its paragraphs in order
   */
  public record Article(int number, List<Paragraph> paragraphs) {
    public Article {
      paragraphs = List.copyOf(paragraphs);
    }

    /** How many items the article has, counted over all its paragraphs. */
    public int itemCount() {
      return paragraphs.stream().mapToInt(p -> p.items().size()).sum();
    }

    public Optional<Item> item(int number) {
      return paragraphs.stream().flatMap(p -> p.items().stream()).filter(i -> i.number() == number).findFirst();
    }

    public Optional<Paragraph> paragraph(int number) {
      return number >= 1 && number <= paragraphs.size() ? Optional.of(paragraphs.get(number - 1)) : Optional.empty();
    }

    /** The whole article, one line per paragraph and item, as the text has it. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (Paragraph p : paragraphs) {
        lines.add(p.line());
        p.items().forEach(i -> lines.add(i.line()));
      }
      return lines;
    }
  }

  private final Language language;
  private final List<String> preamble;
  private final String title;
  private final List<Article> articles;

  private Statute(Language language, List<String> preamble, String title, List<Article> articles) {
    this.language = language;
    this.preamble = List.copyOf(preamble);
    this.title = title;
    this.articles = List.copyOf(articles);
  }

  /** The statute in a language, loaded once. */
  public static Statute of(Language language) {
    return language == Language.ZH ? Chinese.TEXT : English.TEXT;
  }

  // Holders, loaded on first use by the JVM's class initialisation, which is thread-safe: no lock,
  // and no static state that changes (the API must be callable from many threads, DESIGN.md).
  private static final class Chinese {
    static final Statute TEXT = load(Language.ZH);
  }

  private static final class English {
    static final Statute TEXT = load(Language.EN);
  }

  private static Statute load(Language language) {
    String name = language == Language.ZH ? "measures-2009.zh-Hans.txt" : "measures-2009.en.txt";
    try (InputStream in = Statute.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the statute resource " + name + " is missing from the build");
      }
      return parse(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a text laid out as the shipped one: a preamble, a title, then one article a line. */
  static Statute parse(Language language, String text) {
    Pattern articlePattern = language == Language.ZH ? ZH_ARTICLE : EN_ARTICLE;
    Pattern itemPattern = language == Language.ZH ? ZH_ITEM : EN_ITEM;
    List<String> before = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    int number = 0;
    List<Paragraph> paragraphs = new ArrayList<>();
    String paragraphLine = null;
    List<Item> items = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher article = articlePattern.matcher(line);
      Matcher item = itemPattern.matcher(line);
      if (article.matches()) {
        if (number > 0) {
          paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraphLine, items));
          articles.add(new Article(number, paragraphs));
        }
        int next = numeral(language, article.group(1));
        if (next != number + 1) {
          throw new IllegalStateException("the statute text skips from article " + number + " to " + next);
        }
        number = next;
        paragraphs = new ArrayList<>();
        paragraphLine = line;
        items = new ArrayList<>();
      } else if (number == 0) {
        before.add(line);
      } else if (item.matches()) {
        int n = numeral(language, item.group(1));
        if (n != items.size() + 1) {
          throw new IllegalStateException("article " + number + " skips to item " + n);
        }
        items.add(new Item(n, line));
      } else {
        paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraphLine, items));
        paragraphLine = line;
        items = new ArrayList<>();
      }
    }
    if (number > 0) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraphLine, items));
      articles.add(new Article(number, paragraphs));
    }
    if (before.isEmpty()) {
      throw new IllegalStateException("the statute text has no title");
    }
    String title = before.get(before.size() - 1);
    return new Statute(language, before.subList(0, before.size() - 1), title, articles);
  }

  /** Chinese numerals up to 99 (一 … 九十九), or Arabic digits in the English text. */
  static int numeral(Language language, String text) {
    if (language == Language.EN) {
      return Integer.parseInt(text);
    }
    String digits = "一二三四五六七八九";
    int ten = text.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(text.charAt(0)) + 1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0)) + 1;
    int units = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1)) + 1;
    return tens * 10 + units;
  }

  public Language language() {
    return language;
  }

  /** The promulgation notice, the mayor's name and the date, before the title. */
  public List<String> preamble() {
    return preamble;
  }

  public String title() {
    return title;
  }

  public List<Article> articles() {
    return articles;
  }

  /**
   * The lines a citation refers to: {@code 24} for a whole article; {@code 19.8} or {@code 19(8)}
   * for an item where the article's items stand in one paragraph, {@code 24(1)} for a paragraph
   * where they do not (the README of the law folder cites this way).
   *
   * @throws IllegalArgumentException naming what does not exist
   */
  public List<String> quote(String citation) {
    Matcher m = CITATION.matcher(citation.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + citation + "' is not a citation: write an article number (24), or an article and its item or paragraph (19.8, 24(1))");
    }
    int number = Integer.parseInt(m.group(1));
    Article article = article(number).orElseThrow(() ->
        new IllegalArgumentException("the measures have articles 1–" + articles.size() + ", not " + number));
    String part = m.group(2) != null ? m.group(2) : m.group(3);
    if (part == null) {
      return article.lines();
    }
    int k = Integer.parseInt(part);
    if (m.group(2) != null && article.itemCount() == 0) {
      throw new IllegalArgumentException(
          "Art. " + number + " has no items; cite its paragraph as " + number + "(" + k + ")");
    }
    if (article.itemCount() > 0) {
      Item item = article.item(k).orElseThrow(() ->
          new IllegalArgumentException("Art. " + number + " has items 1–" + article.itemCount() + ", not " + k));
      Paragraph holder = article.paragraphs().stream().filter(p -> p.items().contains(item)).findFirst().orElseThrow();
      return List.of(holder.line(), item.line());
    }
    Paragraph paragraph = article.paragraph(k).orElseThrow(() ->
        new IllegalArgumentException("Art. " + number + " has " + article.paragraphs().size() + " paragraph(s), not " + k));
    List<String> lines = new ArrayList<>();
    lines.add(paragraph.line());
    paragraph.items().forEach(i -> lines.add(i.line()));
    return lines;
  }

  public Optional<Article> article(int number) {
    return number >= 1 && number <= articles.size() ? Optional.of(articles.get(number - 1)) : Optional.empty();
  }
}
