package org.camsurvey.law;

import org.camsurvey.model.LawId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Language;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** docs/SURVEY-FORMAT.md's table of place kinds, row by row, and a zone's kind and item worked out from it. */
class PlaceKindsTest {
  private static final Statute REGULATION = Statute.of(LawId.CN2025, Language.ZH);
  private static final Polygon SQUARE = new GeometryFactory().createPolygon(new Coordinate[] {
      new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 1), new Coordinate(0, 0)});

  /** The table as the rulebook prints it: kind, rule, the measures' items, the regulation's part, catch-all. */
  private static final String TABLE = """
      lodging_room       | forbidden | 9.1         | 第八条第一款第（一）项 | false
      entertainment_room | forbidden | 9.1         | 第八条第一款第（四）项 | true
      dormitory          | forbidden | 9.2         | 第八条第一款第（二）项 | false
      toilet             | forbidden | 9.3         | 第八条第一款第（三）项 | false
      bathroom           | forbidden | 9.3         | 第八条第一款第（三）项 | false
      changing_room      | forbidden | 9.3         | 第八条第一款第（三）项 | false
      nursing_room       | forbidden | 9.3         | 第八条第一款第（三）项 | false
      fitting_room       | forbidden | 9.3         | 第八条第一款第（三）项 | false
      bank_counter       | forbidden | 9.4         | 第八条第一款第（四）项 | true
      ballot             | forbidden | 9.5         | 第八条第一款第（四）项 | true
      other_private      | forbidden | 9.6         | 第八条第一款第（四）项 | false
      gathering_place    | mandated  | 8.6 8.7 8.8 | 第七条第二款第（一）项 | false
      transport_hub      | mandated  | 8.6         | 第七条第二款第（二）项 | false
      public_vehicle     | mandated  | 8.6         | 第七条第二款第（三）项 | false
      service_area       | mandated  | 8.5         | 第七条第二款第（四）项 | false
      public_road        | mandated  | 8.5 8.7     | 第七条第一款           | false
      sensitive          | sensitive | -           | 第十条                 | false
      other_mandated     | mandated  | 8.1 8.2 8.3 8.4 8.9 8.10 | - | false
      """;

  @ParameterizedTest(name = "{0}: {1}, cq2009 {2}, cn2025 {3}")
  @CsvSource(delimiter = '|', textBlock = TABLE)
  void eachKindFallsUnderItsRuleAndItemsOfBothLaws(String kind, String rule, String cq2009, String cn2025,
      boolean catchAll) {
    PlaceKinds.Row row = PlaceKinds.row(PlaceKind.parse(kind).orElseThrow());

    assertThat(row.rule().code()).isEqualTo(rule);
    assertThat(row.cq2009().stream().map(ArticleItem::toString).collect(Collectors.joining(" ")))
        .isEqualTo(cq2009.equals("-") ? "" : cq2009);
    assertThat(row.cn2025() == null ? "-" : REGULATION.reference(row.cn2025())).isEqualTo(cn2025);
    assertThat(row.catchAll()).isEqualTo(catchAll);
    assertThat(row.cq2009()).containsAll(row.derivedFrom());
    if (row.cn2025() != null) {
      // the part exists in the text, and lies in the article of the kind's rule
      assertThat(REGULATION.quote(row.cn2025())).isNotEmpty();
      assertThat(row.cn2025().article()).isEqualTo(switch (row.rule()) {
        case MANDATED -> 7;
        case FORBIDDEN -> 8;
        case SENSITIVE -> 10;
      });
    }
  }

  @Test
  void theTableHasARowForEveryKind() {
    Set<String> tabled = TABLE.lines().map(l -> l.split("\\|")[0].strip()).collect(Collectors.toSet());

    assertThat(tabled).isEqualTo(Arrays.stream(PlaceKind.values()).map(PlaceKind::code).collect(Collectors.toSet()));
    assertThat(PlaceKinds.rows()).extracting(PlaceKinds.Row::kind).containsExactly(PlaceKind.values());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "8.1, other_mandated", "8.2, other_mandated", "8.3, other_mandated", "8.4, other_mandated",
    "8.5, public_road", "8.6, transport_hub", "8.7, public_road", "8.8, gathering_place",
    "8.9, other_mandated", "8.10, other_mandated",
    "9.1, lodging_room", "9.2, dormitory", "9.3, toilet", "9.4, bank_counter", "9.5, ballot", "9.6, other_private",
  })
  void everyItemOfTheMeasuresArticlesEightAndNineDerivesOneKind(String item, String kind) {
    ArticleItem articleItem = item(item);

    assertThat(PlaceKinds.derivedFrom(articleItem)).map(PlaceKind::code).contains(kind);
    assertThat(PlaceKinds.rows()).filteredOn(r -> r.derivedFrom().contains(articleItem)).hasSize(1);
    assertThat(PlaceKinds.kindOf(zone(ruleOf(item), item, null))).map(PlaceKind::code).contains(kind);
  }

  @Test
  void aZonesOwnKindAlwaysWins() {
    Zone zone = zone(ZoneRule.FORBIDDEN, "9.1", PlaceKind.ENTERTAINMENT_ROOM);

    assertThat(PlaceKinds.kindOf(zone)).contains(PlaceKind.ENTERTAINMENT_ROOM);
    assertThat(PlaceKinds.cn2025Part(zone)).contains(Citation.item(8, 1, 4));
    // under the measures the zone's own item stands
    assertThat(PlaceKinds.cq2009Item(zone)).contains(item("9.1"));
  }

  @Test
  void aSensitiveZoneWithoutAKindIsOfTheKindSensitiveAndHasNoItemOfTheMeasures() {
    Zone zone = zone(ZoneRule.SENSITIVE, null, null);

    assertThat(PlaceKinds.kindOf(zone)).contains(PlaceKind.SENSITIVE);
    assertThat(PlaceKinds.cn2025Part(zone)).contains(Citation.article(10));
    assertThat(PlaceKinds.cq2009Item(zone)).isEmpty();
  }

  @Test
  void aZoneGivenOnlyByItsKindTakesTheKindsItemOfTheMeasuresWhereThereIsOnlyOne() {
    assertThat(PlaceKinds.cq2009Item(zone(ZoneRule.FORBIDDEN, null, PlaceKind.FITTING_ROOM))).contains(item("9.3"));
    assertThat(PlaceKinds.cq2009Item(zone(ZoneRule.MANDATED, null, PlaceKind.SERVICE_AREA))).contains(item("8.5"));
    assertThat(PlaceKinds.cq2009Item(zone(ZoneRule.MANDATED, null, PlaceKind.GATHERING_PLACE))).isEmpty();
    assertThat(PlaceKinds.cq2009Item(zone(ZoneRule.MANDATED, null, PlaceKind.PUBLIC_ROAD))).isEmpty();
    assertThat(PlaceKinds.cq2009Item(zone(ZoneRule.MANDATED, null, PlaceKind.OTHER_MANDATED))).isEmpty();
  }

  @Test
  void aZoneWhoseRuleItemAndKindDisagreeIsRefusedWithTheReason() {
    assertThat(PlaceKinds.contradiction(ZoneRule.MANDATED, null, PlaceKind.TOILET))
        .contains("a toilet zone is forbidden, not mandated");
    assertThat(PlaceKinds.contradiction(ZoneRule.FORBIDDEN, null, PlaceKind.SENSITIVE))
        .contains("a sensitive zone is sensitive, not forbidden");
    assertThat(PlaceKinds.contradiction(ZoneRule.FORBIDDEN, null, null))
        .contains("a forbidden zone needs the measures' item (such as 9.3) or its place kind (kind)");
    assertThat(PlaceKinds.contradiction(ZoneRule.SENSITIVE, null, null)).isEmpty();
    assertThat(PlaceKinds.contradiction(ZoneRule.MANDATED, item("8.7"), PlaceKind.GATHERING_PLACE)).isEmpty();
  }

  private static ZoneRule ruleOf(String item) {
    return item.startsWith("8.") ? ZoneRule.MANDATED : ZoneRule.FORBIDDEN;
  }

  private static ArticleItem item(String text) {
    String[] parts = text.split("\\.");
    return new ArticleItem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  private static Zone zone(ZoneRule rule, String item, PlaceKind kind) {
    return new Zone("Z1", "S1", rule, item == null ? null : item(item), kind, null, null, SQUARE,
        new SourceRef("zones.csv", "zones", 1, "Z1"));
  }
}
