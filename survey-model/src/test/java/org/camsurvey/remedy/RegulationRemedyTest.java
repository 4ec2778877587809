package org.camsurvey.remedy;

import org.camsurvey.fixture.FrameShapes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.remedy.Remedy.Action;
import org.junit.jupiter.api.Test;

/** The remedy search under the 2025 regulation (Arts. 7, 8, 10), alone and with the measures. */
class RegulationRemedyTest {
  private static final List<LawId> REGULATION = List.of(LawId.CN2025);
  private static final List<LawId> BOTH = List.of(LawId.CN2025, LawId.CQ2009);

  @Test
  void aCameraSeeingADormitoryIsTurnedOffItAndTheRegulationsFindingIsCleared() {
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 0, 60, 100)
        .forbidden("F1", FrameShapes.box(-4, 40, 4, 48)).fix(RemedyOptions.defaults(), REGULATION);

    assertThat(plan.remedies()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(Action.HEADING);
      assertThat(r.cleared()).extracting(Remedy.Cleared::code).containsExactly("CN8_FORBIDDEN_VIEW");
    });
    assertThat(plan.after().findings()).noneMatch(f -> f.code().name().startsWith("CN8_"));
  }

  @Test
  void underBothLawsOneTurnClearsBothFindings() {
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 0, 60, 100)
        .forbidden("F1", FrameShapes.box(-4, 40, 4, 48)).fix(RemedyOptions.defaults(), BOTH);

    assertThat(plan.remedies()).singleElement().satisfies(r ->
        assertThat(r.cleared()).extracting(Remedy.Cleared::code)
            .containsExactlyInAnyOrder("CN8_FORBIDDEN_VIEW", "ART9_FORBIDDEN_VIEW"));
    assertThat(plan.after().findings()).noneMatch(f -> RemedyLaw.of(BOTH).settles(f.code()));
  }

  @Test
  void aCameraStandingInADormitoryIsToBeRemovedUnderEachLawsArticles() {
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 0, 60, 50)
        .forbidden("F1", FrameShapes.box(-5, -5, 5, 5)).fix(RemedyOptions.defaults(), BOTH);

    assertThat(plan.remedies()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(Action.REMOVE_OR_RELOCATE);
      assertThat(r.orderedBy()).containsExactly(
          new Remedy.Order(LawId.CQ2009, "24"), new Remedy.Order(LawId.CQ2009, "9(2)"),
          new Remedy.Order(LawId.CN2025, "27(1)"), new Remedy.Order(LawId.CN2025, "8(1)(二)"));
    });
  }

  @Test
  void aCameraWithoutConsentIsTurnedOffAZoneNearAClassifiedUnit() {
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 0, 60, 100, null)
        .sensitive("K1", FrameShapes.box(-4, 40, 4, 48)).fix(RemedyOptions.defaults(), REGULATION);

    assertThat(plan.remedies()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(Action.HEADING);
      assertThat(r.cleared()).extracting(Remedy.Cleared::code).containsExactly("CN10_NO_CONSENT");
    });
    assertThat(plan.after().findings()).noneMatch(f -> f.code() == FindingCode.CN10_NO_CONSENT);
  }

  @Test
  void aCameraWithConsentKeepsItsViewOfTheZoneAndNoCameraIsTurnedOntoItWithout() {
    String near = FrameShapes.box(-4, 40, 4, 48);
    RemedyPlan consented = RemedyFixture.survey().camera("C1", 0, 0, 0, 60, 100, true)
        .sensitive("K1", near).fix(RemedyOptions.defaults(), REGULATION);
    assertThat(consented.remedies()).isEmpty();

    // the hub lies behind the zone: turning the camera without consent to the hub would see the zone
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 180, 60, 100, null)
        .sensitive("K1", near).hub("M1", 0.5, FrameShapes.box(-3, 50, 3, 56))
        .fix(new RemedyOptions(180, false, false, false, java.util.Map.of()), REGULATION);
    assertThat(plan.fixed().cameras()).isEqualTo(plan.before().survey().cameras());
    assertThat(plan.unfixable()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(Action.ZONE_SHORT);
      assertThat(r.cleared()).extracting(Remedy.Cleared::code).containsExactly("CN7_UNCOVERED");
      assertThat(r.orderedBy()).containsExactly(new Remedy.Order(LawId.CN2025, "7(2)(二)"));
    });
  }

  @Test
  void aZoneOnlyTheMeasuresMandateIsLeftAloneUnderTheRegulation() {
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 180, 60, 100)
        .mandated("M1", 0.8, FrameShapes.box(-3, 20, 3, 26)).fix(RemedyOptions.defaults(), REGULATION);

    assertThat(plan.remedies()).isEmpty();
  }

  @Test
  void underBothLawsAZoneEachMandatesIsCoveredOnceAndClearsBothFindings() {
    RemedyPlan plan = RemedyFixture.survey().camera("C1", 0, 0, 180, 60, 100)
        .hub("M1", 0.8, FrameShapes.box(-3, 20, 3, 26)).fix(RemedyOptions.defaults(), BOTH);

    assertThat(plan.remedies()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(Action.HEADING);
      assertThat(r.cleared()).extracting(Remedy.Cleared::code).containsExactlyInAnyOrder("ART8_UNCOVERED", "CN7_UNCOVERED");
    });
    assertThat(plan.after().findings()).noneMatch(f -> RemedyLaw.of(BOTH).settles(f.code()));
  }
}
