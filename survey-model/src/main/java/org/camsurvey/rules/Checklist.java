package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camsurvey.law.Statute;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Severity;

/**
 * The duties an inspector's checklist answers (SURVEY-FORMAT.md): Art. 11 ¶3, Art. 12, Art. 13,
 * Art. 19 items (1)–(8) and Art. 20 items (1)–(8), each graded as RULES.md grades a {@code no}.
 *
 * <p>In the checklist layer a duty is its {@code article} and {@code item}: the item (项) for
 * Arts. 19 and 20; for Art. 11, which has paragraphs but no items, {@code 3} names paragraph
 * (款) 3; Arts. 12 and 13 are answered whole, with the item left empty.
 */
public final class Checklist {
  private static final Pattern HEADING = Pattern.compile("^(第[一二三四五六七八九十]+条|Article \\d+)\u3000");
  private static final Pattern NUMBERING = Pattern.compile("^(（[一二三四五六七八九十]+）|\\(\\d+\\) )");
  private static final List<Duty> DUTIES = build();

  /**
   * One duty.
   *
   * @param article the article
   * @param item the item (Arts. 19, 20), the paragraph (Art. 11: "3"), or null for a whole article
   * @param code the finding code a {@code no} gives
   * @param severity how much a {@code no} weighs
   * @param consequence the article saying what follows a {@code no}, or null where none does
   */
  public record Duty(int article, String item, FindingCode code, Severity severity, String consequence) {
    public Duty {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
    }

    /** Whether {@link #item()} names a paragraph (款) rather than an item (项). */
    public boolean isParagraph() {
      return item != null && Statute.of(Language.ZH).article(article).orElseThrow().itemCount() == 0;
    }

    /** The citation {@code law} takes: 11(3) for a paragraph, 19.4 for an item, 12 for an article. */
    public String citation() {
      if (item == null) {
        return Integer.toString(article);
      }
      return isParagraph() ? article + "(" + item + ")" : article + "." + item;
    }

    /**
     * The statute's own words for the duty, without the article heading or the item's number: the
     * item's line, or the paragraph's; for a whole article its first paragraph, which holds the
     * duty (Art. 12 ¶2 tasks the authorities, not the site).
     */
    public String words(Language language) {
      Statute.Article a = Statute.of(language).article(article).orElseThrow();
      String line;
      if (item == null) {
        line = a.paragraphs().get(0).line();
      } else if (isParagraph()) {
        line = a.paragraph(Integer.parseInt(item)).orElseThrow().line();
      } else {
        line = a.item(Integer.parseInt(item)).orElseThrow().line();
      }
      return NUMBERING.matcher(HEADING.matcher(line).replaceFirst("")).replaceFirst("");
    }
  }

  private Checklist() {}

  /** Every duty, in article and item order. */
  public static List<Duty> duties() {
    return DUTIES;
  }

  /** The duty an article and item name (item null for a whole article), if the checklist has it. */
  public static Optional<Duty> duty(int article, String item) {
    return DUTIES.stream().filter(d -> d.article() == article && Objects.equals(d.item(), item)).findFirst();
  }

  private static List<Duty> build() {
    List<Duty> duties = new ArrayList<>();
    duties.add(new Duty(11, "3", FindingCode.ART11_CHECKLIST, Severity.VIOLATION, "24"));
    duties.add(new Duty(12, null, FindingCode.ART12_CHECKLIST, Severity.DEFICIENCY, null));
    duties.add(new Duty(13, null, FindingCode.ART13_CHECKLIST, Severity.DEFICIENCY, null));
    for (int i = 1; i <= 8; i++) {
      duties.add(new Duty(19, Integer.toString(i), FindingCode.ART19_CHECKLIST, Severity.VIOLATION, "25(3)"));
    }
    for (int i = 1; i <= 8; i++) {
      boolean penalised = i != 1 && i != 7; // Art. 25(4) lists items (2)-(6) and (8)
      duties.add(new Duty(20, Integer.toString(i), FindingCode.ART20_CHECKLIST,
          penalised ? Severity.VIOLATION : Severity.DEFICIENCY, penalised ? "25(4)" : "26"));
    }
    return List.copyOf(duties);
  }
}
