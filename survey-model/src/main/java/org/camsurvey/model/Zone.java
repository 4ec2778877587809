package org.camsurvey.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A place the law names: mandated (Art. 8) or forbidden (Art. 9).
 *
 * @param zoneId unique within its site
 * @param siteId the site whose owner or operator answers for the zone
 * @param rule mandated or forbidden
 * @param item the article and item the zone falls under
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
    String name,
    Double minCover,
    Geometry area,
    SourceRef source) {

  public Zone {
    Objects.requireNonNull(zoneId, "zoneId");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(area, "area");
    if (item.article() != rule.article()) {
      throw new IllegalArgumentException(
          "a " + rule.code() + " zone falls under Art. " + rule.article() + ", not " + item);
    }
    if (minCover != null && !(minCover >= 0 && minCover <= 1)) {
      throw new IllegalArgumentException("min_cover must be within 0..1: " + minCover);
    }
  }
}
