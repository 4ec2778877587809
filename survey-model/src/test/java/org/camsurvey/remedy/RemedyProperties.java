package org.camsurvey.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.camsurvey.model.FindingCode;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.Checker;

/**
 * Over random small sites (a few cameras, forbidden and mandated boxes, a wall): the search
 * itself clears everything it does not call unfixable, so that checking the survey it fixed finds
 * no intrusion and no short zone but those it listed, and it never makes a new one.
 */
class RemedyProperties {
  record Cam(double x, double y, double heading, double hfov, double range) {}

  record Box(double x, double y, double w, double h) {
    String wkt() {
      return RemedyFixture.box(x, y, x + w, y + h);
    }
  }

  @Provide
  Arbitrary<Cam> cameras() {
    return Combinators.combine(Arbitraries.doubles().between(-40, 40).ofScale(1), Arbitraries.doubles().between(-40, 40).ofScale(1),
        Arbitraries.doubles().between(0, 359.9).ofScale(1), Arbitraries.doubles().between(20, 140).ofScale(0),
        Arbitraries.doubles().between(10, 60).ofScale(0)).as(Cam::new);
  }

  @Provide
  Arbitrary<Box> boxes() {
    return Combinators.combine(Arbitraries.doubles().between(-50, 40).ofScale(1), Arbitraries.doubles().between(-50, 40).ofScale(1),
        Arbitraries.doubles().between(2, 20).ofScale(1), Arbitraries.doubles().between(2, 20).ofScale(1)).as(Box::new);
  }

  @Provide
  Arbitrary<List<Cam>> someCameras() {
    return cameras().list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Box>> someBoxes() {
    return boxes().list().ofMaxSize(2);
  }

  @Property(tries = 60)
  void checkingTheFixedSurveyFindsOnlyWhatFixCalledUnfixable(
      @ForAll("someCameras") List<Cam> cams, @ForAll("someBoxes") List<Box> forbidden,
      @ForAll("someBoxes") List<Box> mandated, @ForAll boolean walled) {
    RemedyFixture survey = RemedyFixture.survey();
    for (int i = 0; i < cams.size(); i++) {
      Cam c = cams.get(i);
      survey.camera("C" + i, c.x(), c.y(), c.heading(), c.hfov(), c.range());
    }
    for (int i = 0; i < forbidden.size(); i++) {
      survey.forbidden("F" + i, forbidden.get(i).wkt());
    }
    for (int i = 0; i < mandated.size(); i++) {
      survey.mandated("M" + i, 0.8, mandated.get(i).wkt());
    }
    if (walled) {
      survey.wall("S1", "LINESTRING(-10 15, 10 15)");
    }
    RemedyPlan plan = survey.fix(new RemedyOptions(180, false, false, true, java.util.Map.of("hfov", 90.0, "range_m", 30.0)));

    assertThat(plan.notCleared()).as("what the search meant to clear, still found").isEmpty();
    var again = Checker.check(plan.fixed(), CheckOptions.defaults());
    again.findings().stream().filter(f -> RemedyLaw.MEASURES_2009.settles(f.code())).forEach(f ->
        assertThat(plan.unfixable()).as(f.toString()).anySatisfy(r -> {
          assertThat(r.siteId()).isEqualTo(f.siteId());
          assertThat(f.code() == FindingCode.ART8_UNCOVERED ? r.zoneId() : r.cameraId())
              .isEqualTo(f.code() == FindingCode.ART8_UNCOVERED ? f.zoneId() : f.cameraId());
        }));
    long before = plan.before().findings().stream().filter(f -> f.code().name().startsWith("ART9_")).count();
    long after = again.findings().stream().filter(f -> f.code().name().startsWith("ART9_")).count();
    assertThat(after).as("intrusions never grow").isLessThanOrEqualTo(before);
  }
}
