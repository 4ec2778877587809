package org.camsurvey.law;

import org.camsurvey.model.LawId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.model.Language;

/**
 * A law's text as data: articles (条), their paragraphs (款) and items (项), parsed from the text
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
  private static final String NUMBER = "([0-9]{1,3}|[一二三四五六七八九十]{1,3})";
  private static final Pattern CITATION = Pattern.compile(
      "([0-9]{1,3})(?:\\.([0-9]{1,3})(?:\\.([0-9]{1,3}))?|\\(" + NUMBER + "\\)(?:\\(" + NUMBER + "\\))?)?");

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

  private final LawId law;
  private final Language language;
  private final List<String> preamble;
  private final String title;
  private final List<Article> articles;

  private Statute(LawId law, Language language, List<String> preamble, String title, List<Article> articles) {
    this.law = law;
    this.language = language;
    this.preamble = List.copyOf(preamble);
    this.title = title;
    this.articles = List.copyOf(articles);
  }

  /**
   * The measures (cq2009) in a language: the law the checks apply until a check names its law.
   * Use {@link #of(LawId, Language)} where the law is chosen.
   */
  public static Statute of(Language language) {
    return of(LawId.CQ2009, language);
  }

  /** A law's text in a language, loaded once. */
  public static Statute of(LawId law, Language language) {
    return Texts.ALL.get(law).get(language);
  }

  // Loaded on first use by the JVM's class initialisation, which is thread-safe: no lock, and no
  // static state that changes (the API must be callable from many threads: batch checks sites side by side).
  private static final class Texts {
    static final Map<LawId, Map<Language, Statute>> ALL = loadAll();
  }

  private static Map<LawId, Map<Language, Statute>> loadAll() {
    Map<LawId, Map<Language, Statute>> all = new EnumMap<>(LawId.class);
    for (LawId law : LawId.values()) {
      String base = Law.properties(law.code() + ".properties").getProperty("text");
      Map<Language, Statute> texts = new EnumMap<>(Language.class);
      texts.put(Language.ZH, load(law, Language.ZH, base + ".zh-Hans.txt"));
      texts.put(Language.EN, load(law, Language.EN, base + ".en.txt"));
      all.put(law, texts);
    }
    return all;
  }

  private static Statute load(LawId law, Language language, String name) {
    try (InputStream in = Statute.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the statute resource " + name + " is missing from the build");
      }
      return parse(law, language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a text laid out as the shipped one: a preamble, a title, then one article a line. */
  static Statute parse(LawId law, Language language, String text) {
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
    return new Statute(law, language, before.subList(0, before.size() - 1), title, articles);
  }

  /** Chinese numerals up to 99 (一 … 九十九), or Arabic digits in the English text. */
  static int numeral(Language language, String text) {
    return language == Language.EN ? Integer.parseInt(text) : ChineseNumeral.parse(text);
  }

  /** The law this is the text of. */
  public LawId law() {
    return law;
  }

  public Language language() {
    return language;
  }

  /** What stands before the title: the promulgation notice or order, who signed it, the date. */
  public List<String> preamble() {
    return preamble;
  }

  public String title() {
    return title;
  }

  public List<Article> articles() {
    return articles;
  }

  /** The articles' numbers in order, as a reader types them (a shell completes them). */
  public List<String> articleNumbers() {
    return articles.stream().map(a -> Integer.toString(a.number())).toList();
  }

  /**
   * The lines a citation refers to, as {@link #cite} reads it.
   *
   * @throws IllegalArgumentException naming what does not exist
   */
  public List<String> quote(String citation) {
    return quote(cite(citation));
  }

  /**
   * The lines of a part: a whole article; a paragraph and its items; an item after the line of
   * its paragraph, which leads in to it.
   */
  public List<String> quote(Citation citation) {
    Article article = article(citation.article()).orElseThrow(() -> notInLaw(citation.article()));
    if (citation.isArticle()) {
      return article.lines();
    }
    Paragraph paragraph = article.paragraph(citation.paragraph()).orElseThrow(() ->
        new IllegalArgumentException("Art. " + citation.article() + " has no paragraph " + citation.paragraph()));
    List<String> lines = new ArrayList<>();
    lines.add(paragraph.line());
    if (citation.isItem()) {
      if (citation.item() > paragraph.items().size()) {
        throw new IllegalArgumentException("Art. " + citation.article() + "(" + citation.paragraph() + ") has "
            + paragraph.items().size() + " item(s), not " + citation.item());
      }
      lines.add(paragraph.items().get(citation.item() - 1).line());
    } else {
      paragraph.items().forEach(i -> lines.add(i.line()));
    }
    return lines;
  }

  /**
   * Reads a citation as the law's {@link CitationStyle} writes it: {@code 24} for a whole
   * article; {@code 19.8}, {@code 8(三)} for an item of an article whose items stand in one
   * paragraph; {@code 8(1)(三)} or {@code 8.1.3} for an item of a paragraph; {@code 24(1)} for a
   * paragraph (in the measures only where the article has no items: there {@code 19(8)} is an
   * item). Full-width brackets are read as ASCII ones.
   *
   * @throws IllegalArgumentException naming what is not a citation or does not exist
   */
  public Citation cite(String text) {
    Matcher m = CITATION.matcher(text.strip().replace('（', '(').replace('）', ')'));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a citation: write " + examples());
    }
    int number = Integer.parseInt(m.group(1));
    Article article = article(number).orElseThrow(() -> notInLaw(number));
    CitationStyle style = Law.of(law).citationStyle();
    if (m.group(3) != null || m.group(5) != null) {
      int p = anyNumeral(m.group(3) != null ? m.group(2) : m.group(4));
      int i = m.group(3) != null ? Integer.parseInt(m.group(3)) : anyNumeral(m.group(5));
      Paragraph paragraph = article.paragraph(p).orElseThrow(() -> noParagraph(article, p, ""));
      if (paragraph.items().isEmpty()) {
        throw new IllegalArgumentException("Art. " + number + "(" + p + ") has no items");
      }
      if (i < 1 || i > paragraph.items().size()) {
        throw new IllegalArgumentException(
            "Art. " + number + "(" + p + ") has items 1–" + paragraph.items().size() + ", not " + i);
      }
      return Citation.item(number, p, i);
    }
    String part = m.group(2) != null ? m.group(2) : m.group(4);
    if (part == null) {
      return Citation.article(number);
    }
    boolean chineseNumeral = !part.matches("[0-9]+");
    int k = anyNumeral(part);
    if (m.group(2) != null || chineseNumeral || style.readsParenthesisAsItem() && article.itemCount() > 0) {
      return itemOfArticle(article, k);
    }
    article.paragraph(k).orElseThrow(() ->
        noParagraph(article, k, article.itemCount() > 0 ? "; cite its item as " + number + "." + k : ""));
    return Citation.paragraph(number, k);
  }

  /** An item named by its article alone, which the article's items standing in one paragraph allows. */
  private Citation itemOfArticle(Article article, int k) {
    int number = article.number();
    List<Paragraph> holders = article.paragraphs().stream().filter(p -> !p.items().isEmpty()).toList();
    if (holders.isEmpty()) {
      throw new IllegalArgumentException("Art. " + number + " has no items; cite its paragraph as " + number + "(" + k + ")");
    }
    if (holders.size() > 1) {
      throw new IllegalArgumentException(
          "Art. " + number + " has items in several paragraphs; cite one as " + number + "(P)(" + k + ")");
    }
    Paragraph holder = holders.get(0);
    if (k < 1 || k > holder.items().size()) {
      throw new IllegalArgumentException("Art. " + number + " has items 1–" + holder.items().size() + ", not " + k);
    }
    return Citation.item(number, holder.number(), k);
  }

  /**
   * A citation as this text's language and its law's style write it: "第八条第一款第（三）项" or
   * "Art. 8(1)(三)" in the regulation, "第十九条第（八）项" or "Art. 19(8)" in the measures.
   */
  public String reference(Citation citation) {
    Article article = article(citation.article()).orElseThrow(() -> notInLaw(citation.article()));
    CitationStyle style = Law.of(law).citationStyle();
    boolean zh = language == Language.ZH;
    int a = citation.article();
    StringBuilder text = new StringBuilder(zh ? "第" + ChineseNumeral.format(a) + "条" : "Art. " + a);
    if (citation.isArticle()) {
      return text.toString();
    }
    boolean paragraphWritten = !citation.isItem()
        || style.writesParagraphOfItem() && article.paragraphs().size() > 1;
    if (paragraphWritten) {
      text.append(zh ? "第" + ChineseNumeral.format(citation.paragraph()) + "款" : "(" + citation.paragraph() + ")");
    }
    if (citation.isItem()) {
      String item = zh || style.writesParagraphOfItem() ? ChineseNumeral.format(citation.item())
          : Integer.toString(citation.item());
      text.append(zh ? "第（" + item + "）项" : "(" + item + ")");
    }
    return text.toString();
  }

  private String examples() {
    return Law.of(law).citationStyle() == CitationStyle.ITEM_OF_ARTICLE
        ? "an article number (24), or an article and its item or paragraph (19.8, 24(1))"
        : "an article number (8), a paragraph (8(1)) or an item (8(1)(三), 8.3)";
  }

  private static int anyNumeral(String text) {
    return text.matches("[0-9]+") ? Integer.parseInt(text) : ChineseNumeral.parse(text);
  }

  private IllegalArgumentException notInLaw(int number) {
    return new IllegalArgumentException(
        "Art. " + number + " is not in " + Law.of(law).shortName().en() + " (articles 1–" + articles.size() + ")");
  }

  private static IllegalArgumentException noParagraph(Article article, int k, String hint) {
    return new IllegalArgumentException(
        "Art. " + article.number() + " has " + article.paragraphs().size() + " paragraph(s), not " + k + hint);
  }

  public Optional<Article> article(int number) {
    return number >= 1 && number <= articles.size() ? Optional.of(articles.get(number - 1)) : Optional.empty();
  }
}
