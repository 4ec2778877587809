package org.camsurvey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camsurvey.law.ChineseNumeral;
import org.camsurvey.law.Statute;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Language;

/**
 * The words of the documents (inspection report, filing packet, workbooks) in one language, from
 * {@code documents_*.properties}, with the finding sentences of {@link FindingMessages}.
 */
public final class DocumentText {
  private static final Map<Language, DocumentText> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final Properties words;
  private final FindingMessages messages;

  private DocumentText(Language language, Properties words) {
    this.language = language;
    this.words = words;
    this.messages = FindingMessages.of(language);
  }

  public static synchronized DocumentText of(Language language) {
    return LOADED.computeIfAbsent(language, DocumentText::load);
  }

  private static DocumentText load(Language language) {
    String name = "documents_" + language.code() + ".properties";
    Properties p = new Properties();
    try (InputStream in = DocumentText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("document resource " + name + " is missing from the build");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DocumentText(language, p);
  }

  public Language language() {
    return language;
  }

  public FindingMessages messages() {
    return messages;
  }

  /** Every key this language has: the tests hold both languages to the same keys. */
  public java.util.Set<String> keys() {
    return words.stringPropertyNames();
  }

  public String text(String key) {
    String value = words.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("no document text '" + key + "' in " + language);
    }
    return value;
  }

  /**
   * A text in the words of a finding's law: {@code key.cn2025} for the regulation where the
   * measures' {@code key} would say "本办法" or cite their articles (no penalty, a referral), else
   * {@code key}.
   */
  public String text(String key, LawId law) {
    return text(FindingMessages.inWordsOf(words, key, law));
  }

  /** A text with {0}, {1}… filled in; numbers as the document's language writes them. */
  public String format(String key, Object... args) {
    return new MessageFormat(text(key).replace("'", "''"), language.locale()).format(args);
  }

  /** "第九条" or "Art. 9"; a citation such as "25(3)" becomes "第二十五条第（三）项" or "Art. 25(3)". */
  public String article(String citation) {
    if (language == Language.EN) {
      return "Art. " + citation;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\((\\d+)\\))?").matcher(citation);
    if (!m.matches()) {
      return citation;
    }
    String text = "第" + ChineseNumeral.format(Integer.parseInt(m.group(1))) + "条";
    return m.group(2) == null ? text : text + "第（" + ChineseNumeral.format(Integer.parseInt(m.group(2))) + "）项";
  }

  /**
   * A part of a law as that law cites it in this language: the regulation's "27(1)" is "第二十七条第一款"
   * (a paragraph), "8(1)(三)" is "Art. 8(1)(三)"; the measures' as {@link #article} and {@link
   * #articleItem} write them.
   *
   * @param law the finding's law, or null for the measures' way
   * @param article the article, with a paragraph or item as the law cites them
   * @param item the measures' item of the article, or the regulation's part after it, or null
   */
  public String part(LawId law, String article, String item) {
    if (law == LawId.CN2025) {
      Statute statute = Statute.of(law, language);
      return statute.reference(statute.cite(article + (item == null ? "" : item)));
    }
    return item == null ? article(article) : articleItem(article, item);
  }

  /**
   * What a finding cites, as {@link org.camsurvey.law.Statute#quote} takes it: the article and
   * item ("9.3"), the article and paragraph ("15(2)"), or the article alone ("10").
   */
  public static String citation(Finding finding) {
    if (finding.article() == null) {
      return null;
    }
    if (finding.law() == LawId.CN2025) {
      // the regulation's findings carry the part after the article as it cites it: 8(1)(三)
      return finding.article() + (finding.item() == null ? "" : finding.item());
    }
    if (finding.item() != null) {
      return finding.article() + "." + finding.item();
    }
    Object paragraph = finding.figures().get("paragraph");
    return paragraph == null ? finding.article() : finding.article() + "(" + paragraph + ")";
  }

  /** An article and its paragraph: "第十一条第三款" or "Art. 11, para. 3". */
  public String articleParagraph(int article, int paragraph) {
    return language == Language.EN ? "Art. " + article + ", para. " + paragraph
        : "第" + ChineseNumeral.format(article) + "条第" + ChineseNumeral.format(paragraph) + "款";
  }

  /** An article and its item: "第九条第（三）项" or "Art. 9(3)". */
  public String articleItem(String article, String item) {
    return item == null ? article(article) : article(article + "(" + item + ")");
  }

  public String yesNo(Boolean value) {
    return value == null ? text("value.unknown") : text(value ? "value.yes" : "value.no");
  }

  public String type(CameraType type) {
    return type == null ? text("value.unknown") : text("type." + type.name().toLowerCase(java.util.Locale.ROOT));
  }

  public String orUnknown(Object value) {
    return value == null ? text("value.unknown") : value.toString();
  }

  /** The finding's sentence. */
  public String message(Finding finding) {
    return messages.message(finding);
  }

  /** The finding's figures as phrases ("覆盖率 37.7%"), in the finding's order; unknown names are left out. */
  public List<String> evidence(Finding finding) {
    List<String> phrases = new ArrayList<>();
    finding.figures().forEach((name, value) -> {
      String key = "figure." + name;
      // an empty list (no camera covers a zone at all) says nothing the fact does not
      if (words.getProperty(key) == null || value == null || value instanceof Collection<?> c && c.isEmpty()) {
        return;
      }
      phrases.add(text(key).replace("{0}", show(name, value)));
    });
    return phrases;
  }

  private String show(String name, Object value) {
    if ((name.equals("coverage") || name.equals("required") || name.equals("zone_share")) && value instanceof Number n) {
      return percent(n.doubleValue());
    }
    if (name.equals("quality") || name.equals("quality_reached")) {
      String k = "quality." + value;
      if (words.getProperty(k) != null) {
        return text(k);
      }
      return messages.text(k);
    }
    if (value instanceof Collection<?> c) {
      return String.join(language == Language.ZH ? "、" : ", ", c.stream().map(Object::toString).toList());
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /** 0.377 → 37.7%. */
  public static String percent(double fraction) {
    double p = Math.round(fraction * 1000) / 10.0;
    return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
  }
}
