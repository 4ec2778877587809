package org.camsurvey.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;

/**
 * A survey as the 2025 regulation judges it: the zones whose place kind is given or derivable
 * ({@link PlaceKinds#kindOf}); a zone whose kind is neither is left out with a {@code
 * DATA_MISSING_FIELD} warning naming {@code kind}, and a site without {@code class} is kept with
 * one naming {@code class} (the rules that depend on the class pass its cameras by).
 *
 * @param survey the survey with the zones the regulation judges (the same zone objects)
 * @param warnings one warning per zone left out and per site without a class
 */
public record RegulationZones(Survey survey, List<Finding> warnings) {
  public RegulationZones {
    warnings = List.copyOf(warnings);
  }

  public static RegulationZones of(Survey survey) {
    List<Zone> judged = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Site site : survey.sites()) {
      if (site.siteClass() == null) {
        warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).site(site.siteId()).figure("fields", "class")
            .law(LawId.CN2025).build());
      }
    }
    for (Zone zone : survey.zones()) {
      if (PlaceKinds.kindOf(zone).isPresent()) {
        judged.add(zone);
      } else {
        warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).site(zone.siteId()).source(zone.source())
            .figure("fields", "kind").law(LawId.CN2025).build());
      }
    }
    return new RegulationZones(judged.size() == survey.zones().size() ? survey
        : MeasuresZones.withZones(survey, judged), warnings);
  }

  /**
   * The part of the regulation a zone falls under, written after its article as the regulation
   * cites it ("(1)(三)" for Art. 8(1)(三), "(2)(一)" for Art. 7(2)(一)); empty for a kind its
   * article names whole (Art. 10) or that it does not name ({@code other_mandated}).
   */
  public static Optional<String> part(Zone zone) {
    return PlaceKinds.kindOf(zone).map(PlaceKinds::row).map(PlaceKinds.Row::cn2025).flatMap(RegulationZones::part);
  }

  /** A citation of the regulation as its finding's item: the citation without its article. */
  public static Optional<String> part(Citation citation) {
    if (citation == null || citation.isArticle()) {
      return Optional.empty();
    }
    String reference = Statute.of(LawId.CN2025, Language.EN).reference(citation);
    return Optional.of(reference.substring(("Art. " + citation.article()).length()));
  }

  /** Whether a zone's kind is one of the places Art. 8(1) forbids. */
  public static boolean forbidden(Zone zone) {
    return PlaceKinds.kindOf(zone).map(k -> PlaceKinds.row(k).rule() == ZoneRule.FORBIDDEN)
        .orElse(false);
  }

  /** Whether a zone's kind is one of the places Art. 7 has systems built in ({@code other_mandated} is not). */
  public static boolean mandated(Zone zone) {
    return PlaceKinds.kindOf(zone).filter(k -> k != PlaceKind.OTHER_MANDATED)
        .map(k -> PlaceKinds.row(k).rule() == ZoneRule.MANDATED).orElse(false);
  }

  /** Whether a zone is near a military or classified unit (Art. 10). */
  public static boolean sensitive(Zone zone) {
    return PlaceKinds.kindOf(zone).filter(k -> k == PlaceKind.SENSITIVE).isPresent();
  }
}
