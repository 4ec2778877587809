package org.camsurvey.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A place the law names: mandated (Art. 8), forbidden (Art. 9), or sensitive (the 2025
 * regulation's Art. 10).
 *
 * @param zoneId unique within its site
 * @param siteId the site whose owner or operator answers for the zone
 * @param rule mandated, forbidden or sensitive
 * @param item the measures' article and item the zone falls under, or null where the survey gives
 *     only its kind (a sensitive zone has none)
 * @param kind the law-neutral place kind as the survey gives it, or null
 * @param name what the place is called, e.g. 南门出入口
 * @param minCover the coverage this mandated zone needs, or null for the command's default
 * @param area the zone's polygon(s) in the survey's local metric frame
 * @param source where the record came from
 */
public record Zone(
    String zoneId,
    String siteId,
    ZoneRule rule,
    ArticleItem item,
    PlaceKind kind,
    String name,
    Double minCover,
    Geometry area,
    SourceRef source) {

  public Zone {
    Objects.requireNonNull(zoneId, "zoneId");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(area, "area");
    if (item != null && (rule.article().isEmpty() || item.article() != rule.article().getAsInt())) {
      throw new IllegalArgumentException("a " + rule.code() + " zone does not fall under Art. " + item);
    }
    if (minCover != null && !(minCover >= 0 && minCover <= 1)) {
      throw new IllegalArgumentException("min_cover must be within 0..1: " + minCover);
    }
  }

  /** A zone the survey gives by its item of the measures alone, without a kind. */
  public Zone(String zoneId, String siteId, ZoneRule rule, ArticleItem item, String name, Double minCover,
      Geometry area, SourceRef source) {
    this(zoneId, siteId, rule, item, null, name, minCover, area, source);
  }
}
