package org.camsurvey.rules;

import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Survey;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;

/** The figures of a mandated zone short of its cover, alike under every law that mandates zones. */
final class CoverFigures {
  private CoverFigures() {}

  /**
   * Adds the cover seen and required, the image quality, the zone's and the uncovered area, the
   * zone's name and the covering cameras, in the order the findings give them.
   */
  static Finding.Builder add(Finding.Builder finding, ZoneCoverage c, Scene scene, double required) {
    Survey survey = scene.survey();
    double shown = Figures.round(c.coverage(), 3);
    if (shown >= required) {
      // 0.8996 rounds to 0.9: a zone short of its requirement must not read as meeting it
      shown = Figures.roundDown(c.coverage(), 3);
    }
    finding.figure("coverage", shown)
        .figure("required", required)
        .figure("quality", scene.options().quality().code())
        .figure("zone_area_m2", Figures.round(Figures.groundArea(survey, c.zone().area()), 2))
        .figure("uncovered_m2", Figures.round(c.uncoveredGroundArea(survey.frame()), 2));
    if (c.zone().name() != null) {
      finding.figure("zone_name", c.zone().name());
    }
    return finding.figure("covered_by", List.copyOf(c.coveredBy()));
  }
}
