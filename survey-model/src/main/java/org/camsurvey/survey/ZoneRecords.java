package org.camsurvey.survey;

import static org.camsurvey.survey.RecordKeys.unique;
import static org.camsurvey.survey.SurveyAssembler.ITEM;
import static org.camsurvey.survey.SurveyAssembler.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.camsurvey.law.PlaceKinds;
import org.camsurvey.law.Statute;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * The zones layer validated record by record: its rule, the statute's article item the rule
 * falls under, the kind of place, and an area in the frame.
 */
final class ZoneRecords {
  private final RecordKeys keys;
  private final Statute statute;

  ZoneRecords(RecordKeys keys, Statute statute) {
    this.keys = keys;
    this.statute = statute;
  }

  List<Zone> zones(RawLayer layer, Map<String, SourceRef> ids, FrameGeometry geometry) {
    keys.siteIdPresent(layer);
    List<Zone> zones = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, "zone_id");
      String id = v.requiredText("zone_id");
      String siteId = keys.siteId(layer, v);
      unique(ids, siteId + "\u0000" + id, v, "zone_id", "zone '" + id + "' appears twice in site '" + siteId + "'");
      String ruleText = v.requiredText("rule");
      ZoneRule rule = ZoneRule.parse(ruleText).orElseThrow(() -> v.error("rule", "'" + ruleText
          + "' is not mandated (Art. 8), forbidden (Art. 9) or sensitive (the 2025 regulation's Art. 10)"));
      ArticleItem item = v.text("item") == null ? null : item(v, rule);
      PlaceKind kind = kind(v);
      Optional<String> contradiction = PlaceKinds.contradiction(rule, item, kind);
      if (contradiction.isPresent()) {
        throw v.error(kind != null ? "kind" : "item", contradiction.get());
      }
      Double minCover = v.number("min_cover");
      if (minCover != null && (minCover < 0 || minCover > 1)) {
        throw v.error("min_cover", minCover + " is outside 0..1");
      }
      if (!geometry.located(f)) {
        throw v.error("geometry", "a zone needs a polygon");
      }
      Geometry area = geometry.polygonal(layer, f, v, false);
      zones.add(new Zone(id, siteId, rule, item, kind, v.text("name"), minCover, area, v.source()));
    }
    return zones;
  }

  private static PlaceKind kind(FieldValues v) {
    String text = v.text("kind");
    return text == null ? null : PlaceKind.parse(text).orElseThrow(() ->
        v.error("kind", "'" + text + "' is not a place kind: " + PlaceKind.codes()));
  }

  /** The measures' item of a mandated or forbidden zone (a sensitive one has none: its caller says so). */
  private ArticleItem item(FieldValues v, ZoneRule rule) {
    String text = v.requiredText("item");
    if (rule.article().isEmpty()) {
      throw v.error("item", "a sensitive zone has no item of the measures (the 2025 regulation's Art. 10 names it)");
    }
    int ruled = rule.article().getAsInt();
    Matcher m = ITEM.matcher(text);
    if (!m.matches()) {
      throw v.error("item", "'" + text + "' is not an article item such as " + ruled + ".3");
    }
    int article = m.group(1) == null ? ruled : Integer.parseInt(m.group(1));
    int item = Integer.parseInt(m.group(2));
    if (article != ruled) {
      throw v.error("item", "a " + rule.code() + " zone falls under Art. " + ruled + ", not Art. " + article);
    }
    int items = statute.article(article).map(a -> a.itemCount()).orElse(0);
    if (item < 1 || item > items) {
      throw v.error("item", "Art. " + article + " has items 1–" + items + ", not " + item);
    }
    return new ArticleItem(article, item);
  }
}
