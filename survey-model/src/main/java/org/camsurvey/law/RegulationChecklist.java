package org.camsurvey.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 */
public final class RegulationChecklist {
  private static final List<Duty> DUTIES = build();

  /**
   * One duty.
   *
   * @param article the article
   * @param part the part after the article as the regulation cites it ("(3)", "(2)(一)", "(二)"),
   *     or null for a whole article
   * @param code the finding code a {@code no} gives
   * @param severity how much a {@code no} weighs
   * @param consequence the article saying what follows a {@code no}, or null where none does
   * @param party who bears the duty
   * @param prohibition whether the regulation words it as an act forbidden
   */
  public record Duty(int article, String part, FindingCode code, Severity severity, String consequence, Party party,
      boolean prohibition) {
    public Duty {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(party, "party");
    }

    /** The citation: 16(2)(一), or 11 for a whole article. */
    public String citation() {
      return article + (part == null ? "" : part);
    }

    /** The regulation's own words for the duty: its item's or paragraph's line, or a whole article's first. */
    public String words(Language language) {
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

  private RegulationChecklist() {}

  /** Every duty, in article and part order. */
  public static List<Duty> duties() {
    return DUTIES;
  }

  /**
   * The duty an article and part name, the part written as the regulation cites it after the
   * article ("(2)(一)", "2.1", "(3)", "3", "二"), null for a whole article.
   */
  public static Optional<Duty> duty(int article, String part) {
    String normalised;
    if (part == null) {
      normalised = null;
    } else {
      String p = part.strip().replace('（', '(').replace('）', ')');
      String citation = p.startsWith("(") ? article + p : p.contains(".") ? article + "." + p : article + "(" + p + ")";
      try {
        Citation c = Statute.of(LawId.CN2025, Language.ZH).cite(citation);
        normalised = RegulationZones.part(c).orElse(null);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return DUTIES.stream().filter(d -> d.article() == article && Objects.equals(d.part(), normalised)).findFirst();
  }

  private static List<Duty> build() {
    List<Duty> duties = new ArrayList<>();
    duties.add(new Duty(7, "(3)", FindingCode.CN7_CHECKLIST, Severity.VIOLATION, "26", Party.SITE, true));
    duties.add(new Duty(8, "(2)", FindingCode.CN8_CHECKLIST, Severity.VIOLATION, "27(2)", Party.SITE, false));
    duties.add(new Duty(9, "(1)", FindingCode.CN9_CHECKLIST, Severity.VIOLATION, "26", Party.SITE, true));
    duties.add(new Duty(11, null, FindingCode.CN11_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    duties.add(new Duty(12, null, FindingCode.CN12_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    duties.add(new Duty(14, "(1)", FindingCode.CN14_CHECKLIST, Severity.VIOLATION, "29", Party.SITE, false));
    duties.add(new Duty(14, "(2)", FindingCode.CN14_CHECKLIST, Severity.VIOLATION, "29", Party.SITE, false));
    duties.add(new Duty(15, "(1)", FindingCode.CN15_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(15, "(2)", FindingCode.CN15_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(16, "(2)(一)", FindingCode.CN16_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(16, "(2)(二)", FindingCode.CN16_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(17, null, FindingCode.CN17_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    duties.add(new Duty(22, null, FindingCode.CN22_CHECKLIST, Severity.VIOLATION, "31", Party.SITE, false));
    String[] items = {"一", "二", "三", "四", "五", "六"};
    for (String item : items) {
      // Art. 30 punishes (二), tampering with Art. 7 equipment; Art. 31 the rest
      duties.add(new Duty(23, "(" + item + ")", FindingCode.CN23_CHECKLIST, Severity.VIOLATION,
          item.equals("二") ? "30" : "31", Party.ANYONE, true));
    }
    duties.add(new Duty(24, "(1)", FindingCode.CN24_CHECKLIST, Severity.DEFICIENCY, null, Party.SITE, false));
    return List.copyOf(duties);
  }
}
