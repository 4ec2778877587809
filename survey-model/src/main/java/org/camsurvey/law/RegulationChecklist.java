package org.camsurvey.law;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Party;
import org.camsurvey.model.Severity;
import org.camsurvey.model.SiteClass;

/**
 * The duties of the 2025 regulation an inspector's checklist answers (rows whose {@code law} is
 * {@code cn2025}), each graded as docs/RULES.md grades a {@code no}: who may install (Arts. 7(3),
 * 9(1)), the inspection duty of forbidden places (8(2)), standards and products (11, 12), change
 * and truthful filing (14(1), 14(2)), operational security (15), staff and access controls
 * (16(2)(一)(二)), deletion after the purpose is met (17), masking when published (22), the
 * prohibited acts (23(一)…(六)) and cooperation with supervision (24(1)).
 *
 * <p>As in the measures' checklist, {@code yes} means the duty is met: the prohibitions (7(3),
 * 9(1), 23) are asked as statements that no such act was found.
 *
 * <p>Art. 23(二) forbids two acts in one item, and the regulation punishes only the first: Art. 30
 * reads "违反本条例第二十三条第二项规定擅自改动、迁移、拆除图像采集设备及相关设施的", and no article
 * punishes spraying or covering. The item is therefore asked as two rows, one per {@link Act}, so
 * that a {@code no} cites Art. 30 only where the act it punishes was found.
 */
public final class RegulationChecklist {
  /** A part followed by a two-character verb naming an act: "(二)改动", "二 遮挡". */
  private static final Pattern ACT_AFTER = Pattern.compile("^(.*?)\\s*(\\p{IsHan}{2})$");
  private static final List<Duty> DUTIES = build();

  /**
   * One of the two acts Art. 23(二) forbids, asked and graded apart; a checklist row names it after
   * the item ("(二)改动", "(二)遮挡") by its key or any of the regulation's verbs for it.
   */
  public enum Act {
    /** 擅自改动、迁移、拆除依据本条例第七条规定安装的图像采集设备及相关设施: Art. 30 punishes it. */
    ALTER("改动", List.of("改动", "迁移", "拆除"),
        "擅自改动、迁移、拆除依据本条例第七条规定安装的图像采集设备及相关设施",
        "altering, relocating or removing without authorization image capture equipment and related facilities "
            + "installed in accordance with Article 7 of this Regulation"),
    /**
     * 以喷涂、遮挡等方式妨碍其正常运行: forbidden, but no article of the regulation punishes it (Art. 30
     * names only altering, relocating and removing). Its words name the equipment the item's "其"
     * refers to, so that the row reads alone.
     */
    OBSTRUCT("遮挡", List.of("喷涂", "遮挡"),
        "以喷涂、遮挡等方式妨碍依据本条例第七条规定安装的图像采集设备及相关设施正常运行",
        "obstructing the normal operation of image capture equipment and related facilities installed in "
            + "accordance with Article 7 of this Regulation by spraying paint, covering or other means");

    private final String key;
    private final List<String> verbs;
    private final String zh;
    private final String en;

    Act(String key, List<String> verbs, String zh, String en) {
      this.key = key;
      this.verbs = verbs;
      this.zh = zh;
      this.en = en;
    }

    /** What a checklist row writes after the item: 改动 or 遮挡. */
    public String key() {
      return key;
    }

    /** The act as findings name it (figure {@code act}): {@code alter} or {@code obstruct}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The regulation's words for the act alone. */
    public String words(Language language) {
      return language == Language.ZH ? zh : en;
    }

    static Optional<Act> named(String word) {
      return Arrays.stream(values()).filter(a -> a.verbs.contains(word)).findFirst();
    }
  }

  /**
   * One duty.
   *
   * @param article the article
   * @param part the part after the article as the regulation cites it ("(3)", "(2)(一)", "(二)"),
   *     or null for a whole article
   * @param act which of the part's acts the row asks, where the part forbids two the regulation
   *     punishes apart (Art. 23(二)); null otherwise
   * @param code the finding code a {@code no} gives
   * @param severity how much a {@code no} weighs
   * @param consequence the article saying what follows a {@code no}, or null where none does
   * @param party who bears the duty
   * @param prohibition whether the regulation words it as an act forbidden
   */
  public record Duty(int article, String part, Act act, FindingCode code, Severity severity, String consequence,
      Party party, boolean prohibition) {
    public Duty {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(party, "party");
    }

    /** The citation: 16(2)(一), or 11 for a whole article; both acts of 23(二) cite 23(二). */
    public String citation() {
      return article + (part == null ? "" : part);
    }

    /** What the checklist's {@code item} holds for the duty: its part, and its act where it has one ("(二)改动"). */
    public String key() {
      return part == null ? null : act == null ? part : part + act.key();
    }

    /**
     * The regulation's own words for the duty: its item's or paragraph's line, or a whole article's
     * first; an act's own; the clause the checklist asks where the line holds more ({@link #CLAUSES}).
     */
    public String words(Language language) {
      if (act != null) {
        return act.words(language);
      }
      String clause = CLAUSES.get(language + "." + citation());
      if (clause != null) {
        return clause;
      }
      Statute statute = Statute.of(LawId.CN2025, language);
      List<String> lines = statute.quote(citation());
      String line = part == null ? lines.get(0) : lines.get(lines.size() - 1);
      return line.replaceFirst("^(第[一二三四五六七八九十]+条|Article \\d+)\u3000", "")
          .replaceFirst("^(（[一二三四五六七八九十]+）|\\(\\d+\\) )", "");
    }

    /** The row as the checklist asks it, so that {@code yes} means the duty is met. */
    public String statement(Language language) {
      if (!prohibition) {
        return words(language);
      }
      String act = words(language).replaceAll("[；;。.]$", "");
      return language == Language.ZH ? "未发现违反以下规定的情况：" + act + "。" : "No breach found of: " + act + ".";
    }

    /**
     * Whether a site of this class is asked the duty: other public places are not asked the
     * mandatory requirements Art. 9(2) lifts (11, 14, 15, 16(2), 17), non-public places none of
     * these (Art. 33 alone binds them).
     */
    public boolean asks(SiteClass siteClass) {
      if (siteClass == SiteClass.PRIVATE) {
        return false;
      }
      return siteClass != SiteClass.OTHER || !liftedFromOtherPublicPlaces();
    }

    /** Whether Art. 9(2) lifts the duty from other public places, so that it depends on the site's class. */
    public boolean liftedFromOtherPublicPlaces() {
      return List.of(11, 14, 15, 16, 17).contains(article);
    }
  }

  /**
   * The clause of a line the checklist asks, where the line holds duties graded apart: Art. 17's
   * keeping for 30 days is judged from the cameras' {@code retention} ({@code CN17_SHORT_RETENTION},
   * no penalty of its own), so its row asks the deletion after the purpose is met, the duty to
   * personal information Art. 31 reaches. Each is the line's own words, cut at its semicolon.
   */
  private static final Map<String, String> CLAUSES = Map.of(
      "ZH.17", "30日后，对已经实现处理目的的视频图像信息，应当予以删除。",
      "EN.17", "After 30 days, video image information whose processing purpose has been achieved shall be deleted.");

  private RegulationChecklist() {}

  /** Every duty, in article and part order. */
  public static List<Duty> duties() {
    return DUTIES;
  }

  /**
   * The duty an article and part name, the part written as the regulation cites it after the
   * article ("(2)(一)", "2.1", "(3)", "3", "二"), followed by the act where the part has two
   * ("(二)改动", "二 遮挡", or any of the act's verbs: "(二)拆除"); null for a whole article. A part
   * of two acts named without one is no duty: {@link #actsOf} says which it holds.
   */
  public static Optional<Duty> duty(int article, String part) {
    return parse(article, part).flatMap(p -> DUTIES.stream()
        .filter(d -> d.article() == article && Objects.equals(d.part(), p.part()) && d.act() == p.act()).findFirst());
  }

  /**
   * The duties of a part the checklist asks act by act (Art. 23(二): {@link Act#ALTER}, {@link
   * Act#OBSTRUCT}), named as {@link #duty} takes it but without an act; empty for any other part.
   */
  public static List<Duty> actsOf(int article, String part) {
    return parse(article, part).filter(p -> p.act() == null).map(p -> DUTIES.stream()
        .filter(d -> d.article() == article && Objects.equals(d.part(), p.part()) && d.act() != null).toList())
        .orElse(List.of());
  }

  /** A part as the regulation cites it, and the act named after it. */
  private record Asked(String part, Act act) {}

  private static Optional<Asked> parse(int article, String part) {
    if (part == null) {
      return Optional.of(new Asked(null, null));
    }
    String p = part.strip().replace('（', '(').replace('）', ')');
    Matcher named = ACT_AFTER.matcher(p);
    Act act = named.matches() && !named.group(1).isEmpty() ? Act.named(named.group(2)).orElse(null) : null;
    if (act != null) {
      p = named.group(1);
    }
    String citation = p.startsWith("(") ? article + p : p.contains(".") ? article + "." + p : article + "(" + p + ")";
    try {
      Citation c = Statute.of(LawId.CN2025, Language.ZH).cite(citation);
      return Optional.of(new Asked(RegulationZones.part(c).orElse(null), act));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Duty> build() {
    List<Duty> duties = new ArrayList<>();
    duties.add(new Duty(7, "(3)", null, FindingCode.CN7_CHECKLIST, Severity.VIOLATION, "26", Party.SITE, true));
    duties.add(new Duty(8, "(2)", null, FindingCode.CN8_CHECKLIST, Severity.VIOLATION, "27(2)", Party.SITE, false));
    duties.add(new Duty(9, "(1)", null, FindingCode.CN9_CHECKLIST, Severity.VIOLATION, "26", Party.SITE, true));
    duties.add(new Duty(11, null, null, FindingCode.CN11_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    duties.add(new Duty(12, null, null, FindingCode.CN12_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    duties.add(new Duty(14, "(1)", null, FindingCode.CN14_CHECKLIST, Severity.VIOLATION, "29", Party.SITE, false));
    duties.add(new Duty(14, "(2)", null, FindingCode.CN14_CHECKLIST, Severity.VIOLATION, "29", Party.SITE, false));
    duties.add(new Duty(15, "(1)", null, FindingCode.CN15_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(15, "(2)", null, FindingCode.CN15_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(16, "(2)(一)", null, FindingCode.CN16_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(16, "(2)(二)", null, FindingCode.CN16_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(17, null, null, FindingCode.CN17_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(22, null, null, FindingCode.CN22_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    String[] items = {"一", "二", "三", "四", "五", "六"};
    for (String item : items) {
      if (item.equals("二")) {
        // Art. 30 punishes altering, relocating and removing Art. 7 equipment; nothing spraying or covering it
        duties.add(new Duty(23, "(二)", Act.ALTER, FindingCode.CN23_CHECKLIST, Severity.VIOLATION, "30", Party.ANYONE,
            true));
        duties.add(new Duty(23, "(二)", Act.OBSTRUCT, FindingCode.CN23_CHECKLIST, Severity.VIOLATION, null,
            Party.ANYONE, true));
      } else {
        duties.add(new Duty(23, "(" + item + ")", null, FindingCode.CN23_CHECKLIST, Severity.VIOLATION, "31",
            Party.ANYONE, true));
      }
    }
    duties.add(new Duty(24, "(1)", null, FindingCode.CN24_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    return List.copyOf(duties);
  }
}
