package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.box;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.ZoneRule;
import org.junit.jupiter.api.Test;

/**
 * Zones of the 2025 fields checked under the measures: a sensitive zone is none of theirs; a zone
 * given only its kind is judged under its kind's item where the kind has one, and otherwise needs
 * its item. The camera {@code V} looks north over 10 m; the box 4–6 m ahead is wholly in view.
 */
class ZoneKindsUnderTheMeasuresTest {
  private static final String IN_VIEW = box(-1, 4, 1, 6);
  private static final String OUT_OF_VIEW = box(-1, 40, 1, 42);

  @Test
  void aSensitiveZoneInFullViewIsNeitherMandatedNorForbiddenUnderTheMeasures() {
    CheckResult result = survey().with(camera("V").aim(0, 60, 10))
        .zone("MIL", ZoneRule.SENSITIVE, null, PlaceKind.SENSITIVE, IN_VIEW).check();

    assertThat(result.findings()).noneMatch(f -> "MIL".equals(f.zoneId()) || f.code() == FindingCode.DATA_MISSING_FIELD);
    assertThat(result.coverage()).isEmpty();
    assertThat(result.survey().zones()).isEmpty();
  }

  @Test
  void aToiletGivenOnlyByItsKindIsForbiddenUnderItemThreeOfArticleNine() {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10))
        .zone("WC", ZoneRule.FORBIDDEN, null, PlaceKind.TOILET, IN_VIEW).check().findings();

    assertThat(findings).filteredOn(f -> f.code() == FindingCode.ART9_FORBIDDEN_VIEW).singleElement()
        .satisfies(f -> {
          assertThat(f.zoneId()).isEqualTo("WC");
          assertThat(f.item()).isEqualTo("3");
        });
  }

  @Test
  void aTransportHubGivenOnlyByItsKindMustBeCoveredUnderItemSixOfArticleEight() {
    CheckResult result = survey().with(camera("V").aim(0, 60, 10))
        .zone("HUB", ZoneRule.MANDATED, null, PlaceKind.TRANSPORT_HUB, OUT_OF_VIEW).check();

    assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.ART8_UNCOVERED).singleElement()
        .satisfies(f -> assertThat(f.item()).isEqualTo("6"));
    assertThat(result.coverage()).singleElement().satisfies(c -> assertThat(c.zone().item().toString()).isEqualTo("8.6"));
  }

  @Test
  void aGatheringPlaceWithoutItsItemIsNotJudgedByTheMeasuresAndTheCheckSaysWhy() {
    CheckResult result = survey().with(camera("V").aim(0, 60, 10))
        .zone("MALL", ZoneRule.MANDATED, null, PlaceKind.GATHERING_PLACE, OUT_OF_VIEW).check();

    assertThat(result.findings()).noneMatch(f -> f.code() == FindingCode.ART8_UNCOVERED);
    assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.DATA_MISSING_FIELD).singleElement()
        .satisfies(f -> {
          assertThat(f.figures()).containsEntry("fields", "item");
          assertThat(f.source().recordLabel()).isEqualTo("MALL");
          assertThat(f.siteId()).isEqualTo("S1");
        });
  }

  @Test
  void aGatheringPlaceWithItsItemIsJudgedUnderThatItem() {
    List<Finding> findings = survey().with(camera("V").aim(0, 60, 10))
        .zone("MALL", ZoneRule.MANDATED, "8.7", PlaceKind.GATHERING_PLACE, OUT_OF_VIEW).check().findings();

    assertThat(findings).filteredOn(f -> f.code() == FindingCode.ART8_UNCOVERED).singleElement()
        .satisfies(f -> assertThat(f.item()).isEqualTo("7"));
    assertThat(findings).noneMatch(f -> f.code() == FindingCode.DATA_MISSING_FIELD);
  }

  @Test
  void aSurveyWhoseZonesAllCarryTheirItemIsJudgedAsItIs() {
    SurveyFixture fixture = survey().with(camera("V").aim(0, 60, 10)).forbidden("F1", "S1", "9.3", IN_VIEW);

    CheckResult result = fixture.check();

    assertThat(result.survey().zones()).singleElement().satisfies(z -> assertThat(z.zoneId()).isEqualTo("F1"));
    assertThat(FindingRows.rows(result.findings())).contains("ART9_FORBIDDEN_VIEW S1 V F1");
  }
}
