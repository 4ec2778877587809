package org.camsurvey.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Party;
import org.camsurvey.model.Severity;

/**
 * The duties an inspector's checklist answers (docs/SURVEY-FORMAT.md): Art. 11 ¶3, Art. 12, Art. 13,
 * Art. 17, Art. 19 items (1)–(8) and Art. 20 items (1)–(8), each graded as docs/RULES.md grades a
 * {@code no}.
 *
 * <p>{@code yes} always means the duty is met: a prohibited act (Art. 11 ¶3, Art. 20) and the
 * refusal Art. 25(2) punishes (Art. 17) are asked as compliance statements ("未发现……"), so that
 * {@code yes} is the compliant answer on every row.
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
   * @param party who bears the duty
   * @param prohibition whether the statute words the duty as an act forbidden (Art. 11 ¶3, Art.
   *     19(3), Art. 20; Art. 17 as the access a unit must not refuse, Art. 25(2)), so that the
   *     checklist asks that none was found
   */
  public record Duty(int article, String item, FindingCode code, Severity severity, String consequence, Party party,
      boolean prohibition) {
    public Duty {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(party, "party");
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
     * The row as the checklist asks it, so that {@code yes} means the duty is met: a prohibited act
     * as a statement that none was found, any other duty in the statute's own {@link #words}.
     */
    public String statement(Language language) {
      if (!prohibition) {
        return words(language);
      }
      String own = STATEMENTS.get(language + "." + citation());
      if (own != null) {
        return own;
      }
      String act = words(language).replaceAll("[；;。.]$", "");
      if (language == Language.ZH) {
        return "未发现" + act + (act.endsWith("行为") ? "" : "的行为") + "。";
      }
      return "No act found of " + act + ".";
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

  /**
   * The statements of Art. 11 ¶3, Art. 17 and Art. 19(3), which the statute does not word as an
   * act that can follow "none found": Art. 17 is asked in the words of Art. 25(2), the refusal it
   * punishes.
   */
  private static final Map<String, String> STATEMENTS = Map.of(
      "ZH.11(3)", "未发现其他单位或者个人擅自在涉及公共安全的场所和区域建设公共视频系统的情况。",
      "EN.11(3)", "No public video system found built without authorization in a place or area concerning public security.",
      "ZH.17", "未发现拒绝公安机关调取、接入或者直接使用公共视频系统，或者拒绝具有突发事件调查、处置权的行政主管部门查阅、复制、调取公共视频系统信息资料的情况。",
      "EN.17", "No refusal found of the public security organ's retrieval from, connection to or direct use of the system, "
          + "nor of an emergency department's consulting, copying or retrieving its information materials.",
      "ZH.19.3", "未发现擅自准许与视频信息监看工作无关的人员进入监看场所的情况。",
      "EN.19.3", "No person unconnected with video monitoring work found let into the monitoring premises without authorization.");

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
    duties.add(new Duty(11, "3", FindingCode.ART11_CHECKLIST, Severity.VIOLATION, "24", Party.SITE, true));
    duties.add(new Duty(12, null, FindingCode.ART12_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    duties.add(new Duty(13, null, FindingCode.ART13_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    duties.add(new Duty(17, null, FindingCode.ART17_CHECKLIST, Severity.VIOLATION, "25(2)", Party.SITE, true));
    for (int i = 1; i <= 8; i++) {
      // item (3) forbids: it is asked as a statement, like Art. 20's items
      duties.add(new Duty(19, Integer.toString(i), FindingCode.ART19_CHECKLIST, Severity.VIOLATION, "25(3)", Party.SITE,
          i == 3));
    }
    for (int i = 1; i <= 8; i++) {
      duties.add(art20(i));
    }
    return List.copyOf(duties);
  }

  /**
   * Art. 20's items: (1), theft or damage, anyone may commit and Art. 26 refers; (7), refusing or
   * obstructing lawful use, is the refusal Art. 25(2) punishes; Art. 25(4) lists the rest.
   */
  private static Duty art20(int item) {
    String i = Integer.toString(item);
    return switch (item) {
      case 1 -> new Duty(20, i, FindingCode.ART20_CHECKLIST, Severity.VIOLATION, "26", Party.ANYONE, true);
      case 7 -> new Duty(20, i, FindingCode.ART20_CHECKLIST, Severity.VIOLATION, "25(2)", Party.SITE, true);
      default -> new Duty(20, i, FindingCode.ART20_CHECKLIST, Severity.VIOLATION, "25(4)", Party.SITE, true);
    };
  }
}
