package org.camsurvey.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;

/**
 * A survey as the measures judge it: each zone with the item it is judged under ({@link
 * PlaceKinds#cq2009Item}), zones without one left out. A sensitive zone is left out silently (the
 * measures do not know the rule); a mandated or forbidden zone whose kind the measures split over
 * several items, given without the item, is left out with a {@code DATA_MISSING_FIELD} warning
 * naming {@code item}.
 *
 * @param survey the survey with the zones the measures judge, every one with its item
 * @param warnings one warning per zone left out for want of an item
 */
public record MeasuresZones(Survey survey, List<Finding> warnings) {
  public MeasuresZones {
    warnings = List.copyOf(warnings);
  }

  /** The survey itself where every zone already carries its item, as surveys did before kinds. */
  public static MeasuresZones of(Survey survey) {
    if (survey.zones().stream().allMatch(z -> z.item() != null)) {
      return new MeasuresZones(survey, List.of());
    }
    List<Zone> judged = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Zone zone : survey.zones()) {
      Optional<ArticleItem> item = PlaceKinds.cq2009Item(zone);
      if (item.isPresent()) {
        judged.add(zone.item() != null ? zone : new Zone(zone.zoneId(), zone.siteId(), zone.rule(), item.get(),
            zone.kind(), zone.name(), zone.minCover(), zone.area(), zone.source()));
      } else if (zone.rule() != ZoneRule.SENSITIVE) {
        warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).site(zone.siteId()).source(zone.source())
            .figure("fields", "item").law(LawId.CQ2009).build());
      }
    }
    return new MeasuresZones(withZones(survey, judged), warnings);
  }

  /**
   * The survey with every zone, each given the measures' item its kind has where it has none of
   * its own: the survey several laws judge, each its own share of the zones ({@link #of} gives the
   * measures' share of it without making new zones).
   */
  public static Survey filled(Survey survey) {
    if (survey.zones().stream().allMatch(z -> z.item() != null)) {
      return survey;
    }
    List<Zone> zones = new ArrayList<>();
    for (Zone zone : survey.zones()) {
      Optional<ArticleItem> item = PlaceKinds.cq2009Item(zone);
      zones.add(zone.item() != null || item.isEmpty() ? zone : new Zone(zone.zoneId(), zone.siteId(), zone.rule(),
          item.get(), zone.kind(), zone.name(), zone.minCover(), zone.area(), zone.source()));
    }
    return withZones(survey, zones);
  }

  /** A survey with other zones, everything else as it was. */
  static Survey withZones(Survey survey, List<Zone> zones) {
    return new Survey(survey.name(), survey.layers(), survey.frame(), survey.sites(), survey.cameras(), zones,
        survey.obstacles(), survey.accessLog(), survey.checklist(), survey.evidence(), survey.cameraFields(),
        survey.importWarnings());
  }
}
