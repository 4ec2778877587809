package org.camsurvey.remedy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camsurvey.law.RegulationZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;

/**
 * The findings of one law, or of several together, that a fix settles: the zones no camera may
 * see, those no camera may see without consent, the zones whose cover is mandated, and the codes
 * for each. Several laws together forbid what any of them forbids and mandate what any mandates,
 * so that a remedy under them is lawful under each.
 *
 * <p>Zones are tested on the survey with every zone, each with the measures' item where its kind
 * has one ({@link org.camsurvey.law.MeasuresZones#filled}): a zone the measures judge carries an
 * item.
 *
 * @param laws the laws, in the order given
 * @param forbidden the zones no camera may see or stand in
 * @param needsConsent the zones no camera may see or stand in without its {@code consent}
 * @param mandated the zones whose cover is mandated
 * @param intrudes the codes for a camera that sees or stands in one of the first two
 * @param inside the codes for a camera standing inside one (no aim clears it)
 * @param uncovered the codes for a mandated zone short of its cover
 */
public record RemedyLaw(
    List<LawId> laws,
    Predicate<Zone> forbidden,
    Predicate<Zone> needsConsent,
    Predicate<Zone> mandated,
    Set<FindingCode> intrudes,
    Set<FindingCode> inside,
    Set<FindingCode> uncovered) {

  public RemedyLaw {
    laws = List.copyOf(laws);
    intrudes = Set.copyOf(intrudes);
    inside = Set.copyOf(inside);
    uncovered = Set.copyOf(uncovered);
  }

  /** Chongqing's 2009 measures: Art. 9 forbids (Art. 24 removes), Art. 8 mandates (Art. 23 orders rectified). */
  public static final RemedyLaw MEASURES_2009 = new RemedyLaw(List.of(LawId.CQ2009),
      z -> z.rule() == ZoneRule.FORBIDDEN && z.item() != null, z -> false,
      z -> z.rule() == ZoneRule.MANDATED && z.item() != null,
      Set.of(FindingCode.ART9_FORBIDDEN_VIEW, FindingCode.ART9_INSIDE_FORBIDDEN), Set.of(FindingCode.ART9_INSIDE_FORBIDDEN),
      Set.of(FindingCode.ART8_UNCOVERED));

  /**
   * The State Council's 2025 regulation: Art. 8(1) forbids (Art. 27(1)); Art. 10 wants consent
   * near a classified unit (Art. 28), which a fix cannot give, so it turns a camera without consent
   * off such a zone as off a forbidden one; Art. 7 mandates (no penalty: a deficiency).
   */
  public static final RemedyLaw REGULATION_2025 = new RemedyLaw(List.of(LawId.CN2025),
      RegulationZones::forbidden, RegulationZones::sensitive, RegulationZones::mandated,
      Set.of(FindingCode.CN8_FORBIDDEN_VIEW, FindingCode.CN8_INSIDE_FORBIDDEN, FindingCode.CN10_NO_CONSENT),
      Set.of(FindingCode.CN8_INSIDE_FORBIDDEN), Set.of(FindingCode.CN7_UNCOVERED));

  /** The laws together, in the order given: a remedy under them is lawful under each. */
  public static RemedyLaw of(List<LawId> ids) {
    RemedyLaw all = null;
    for (LawId id : ids) {
      RemedyLaw one = switch (id) {
        case CQ2009 -> MEASURES_2009;
        case CN2025 -> REGULATION_2025;
      };
      all = all == null ? one : all.and(one);
    }
    if (all == null) {
      throw new IllegalArgumentException("a fix needs a law");
    }
    return all;
  }

  private RemedyLaw and(RemedyLaw other) {
    List<LawId> both = new ArrayList<>(laws);
    both.addAll(other.laws);
    return new RemedyLaw(both, forbidden.or(other.forbidden), needsConsent.or(other.needsConsent),
        mandated.or(other.mandated), union(intrudes, other.intrudes), union(inside, other.inside),
        union(uncovered, other.uncovered));
  }

  private static Set<FindingCode> union(Set<FindingCode> a, Set<FindingCode> b) {
    Set<FindingCode> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Whether a finding is one this law's fix settles. */
  public boolean settles(FindingCode code) {
    return intrudes.contains(code) || uncovered.contains(code);
  }

  /**
   * What orders a finding put right, as its law cites it: the article of its consequence where it
   * has one (the measures' "24", the regulation's "27(1)"), then the article and part it rests on
   * ("9(2)", "8(1)(三)").
   */
  static List<Remedy.Order> orders(Finding f) {
    List<Remedy.Order> orders = new ArrayList<>();
    if (f.consequence() != null) {
      orders.add(new Remedy.Order(f.law(), f.consequence()));
    }
    String part = f.item() == null ? "" : f.law() == LawId.CN2025 ? f.item() : "(" + f.item() + ")";
    orders.add(new Remedy.Order(f.law(), f.article() + part));
    return orders;
  }
}
