package org.camsurvey.rules;

import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.law.PlaceKinds;
import org.camsurvey.law.RegulationZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;

/**
 * The 2025 regulation, Art. 7(1) and (2) — the public places where the government, or the unit
 * managing the place, builds a system: a zone of a mandated kind (not {@code other_mandated}, the
 * measures' places the regulation does not name) below its {@code min_cover}, counting its own
 * site's cameras as the measures' Art. 8 does ({@link ZoneCoverage}), is {@code CN7_UNCOVERED}.
 * The regulation allocates the duty to build and attaches no penalty: a deficiency.
 */
public final class Cn7CoverageRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    Survey survey = scene.survey();
    for (ZoneCoverage c : scene.coverage()) {
      if (!RegulationZones.mandated(c.zone())) {
        continue;
      }
      double required = c.zone().minCover() != null ? c.zone().minCover() : scene.options().minCover();
      if (c.coverage() >= required) {
        continue;
      }
      double shown = Figures.round(c.coverage(), 3);
      if (shown >= required) {
        shown = Figures.roundDown(c.coverage(), 3);
      }
      Finding.Builder finding = Finding.of(FindingCode.CN7_UNCOVERED).zone(c.zone())
          .item(RegulationZones.part(c.zone()).orElse(null))
          .figure("kind", PlaceKinds.kindOf(c.zone()).orElseThrow().code())
          .figure("coverage", shown)
          .figure("required", required)
          .figure("quality", scene.options().quality().code())
          .figure("zone_area_m2", Figures.round(Figures.groundArea(survey, c.zone().area()), 2))
          .figure("uncovered_m2", Figures.round(Figures.groundArea(survey, c.uncovered()), 2));
      if (c.zone().name() != null) {
        finding.figure("zone_name", c.zone().name());
      }
      finding.figure("covered_by", List.copyOf(c.coveredBy()));
      Figures.image(finding, c.image());
      findings.accept(finding.geometry(c.uncovered()).build());
    }
  }
}
