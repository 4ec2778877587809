package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.survey.RawLayers.ZONE_SQUARE;
import static org.camsurvey.survey.RawLayers.assemble;
import static org.camsurvey.survey.RawLayers.oneCamera;
import static org.camsurvey.survey.RawLayers.zones;

import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The zones layer read record by record: its rule, the article item in the ways offices write it,
 * its minimum cover, and the records refused.
 */
class ZoneRecordsTest {
  @Test
  void readsZones() {
    Survey survey = assemble(oneCamera(), zones(
        "Z1,S1,forbidden,9.3,3楼女卫生间,," + '"' + ZONE_SQUARE + '"',
        "Z2,S1,Mandated,8.6,南门出入口,0.9," + '"' + ZONE_SQUARE + '"'));

    Zone toilet = survey.zones().get(0);
    assertThat(toilet.rule()).isEqualTo(ZoneRule.FORBIDDEN);
    assertThat(toilet.item()).isEqualTo(new ArticleItem(9, 3));
    assertThat(toilet.name()).isEqualTo("3楼女卫生间");
    assertThat(toilet.minCover()).isNull();
    // 0.0003° of longitude by 0.0002° of latitude at 29.558°N
    assertThat(toilet.area().getArea()).isCloseTo(29.08 * 22.17, within(2.0));
    Zone gate = survey.zones().get(1);
    assertThat(gate.rule()).isEqualTo(ZoneRule.MANDATED);
    assertThat(gate.item()).isEqualTo(new ArticleItem(8, 6));
    assertThat(gate.minCover()).isEqualTo(0.9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.3", "9 . 3", "9-3", "9(3)", "9（3）", "9．3", "3"})
  void readsArticleItemsAsOfficesWriteThem(String item) {
    Survey survey = assemble(oneCamera(), zones("Z1,S1,forbidden," + item + ",,," + '"' + ZONE_SQUARE + '"'));

    assertThat(survey.zones().get(0).item()).isEqualTo(new ArticleItem(9, 3));
  }

  @Test
  void rejectsAZoneWithAnUnknownRule() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,required,8.6,,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "rule")
        .because("'required' is not mandated (Art. 8), forbidden (Art. 9) or sensitive (the 2025 regulation's Art. 10)");
  }

  @Test
  void rejectsAnItemOfAnotherArticleThanTheRules() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,mandated,9.3,,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "item")
        .because("a mandated zone falls under Art. 8, not Art. 9");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "mandated, 8.11, Art. 8 has items 1–10, not 11",
    "mandated, 8.0, Art. 8 has items 1–10, not 0",
    "forbidden, 9.7, Art. 9 has items 1–6, not 7",
    "forbidden, 7, Art. 9 has items 1–6, not 7",
  })
  void rejectsAnItemTheArticleDoesNotHave(String rule, String item, String reason) {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1," + rule + "," + item + ",,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "item")
        .because(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.3.1", "nine", "99999999999.3", "9.99999999999"})
  void rejectsAnItemThatIsNotAnArticleItem(String item) {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden," + item + ",,," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "item")
        .because("'" + item + "' is not an article item such as 9.3");
  }

  @Test
  void rejectsAZoneIdTwiceInOneSite() {
    String zone = "Z1,S1,forbidden,9.3,,," + '"' + ZONE_SQUARE + '"';

    Rejection.of(() -> assemble(oneCamera(), zones(zone, zone)))
        .names("zones.csv", "zones", "Z1", "zone_id")
        .because("zone 'Z1' appears twice in site 'S1'");
  }

  @Test
  void rejectsAMinimumCoverOutsideZeroToOne() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,mandated,8.6,,1.5," + '"' + ZONE_SQUARE + '"')))
        .names("zones.csv", "zones", "Z1", "min_cover")
        .because("1.5 is outside 0..1");
  }
}
