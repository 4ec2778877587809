package org.camsurvey.rules;

import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;

/**
 * Art. 8 — places where installation is mandated: a mandated zone's area seen by its own site's
 * cameras at the required quality must reach its {@code min_cover} (default {@code
 * --min-cover}).
 *
 * <p>Only the zone's own site counts (Art. 11 ¶2 puts the duty on its owner or operator, and a
 * neighbour's camera can be moved or switched off without them); other sites' cameras that see
 * the zone are named in the finding as a note. The coverage itself is worked out by {@link
 * ZoneCoverage}.
 */
public final class Art8CoverageRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    Survey survey = scene.survey();
    for (ZoneCoverage c : scene.coverage()) {
      double required = c.zone().minCover() != null ? c.zone().minCover() : scene.options().minCover();
      if (c.coverage() >= required) {
        continue;
      }
      double shown = Figures.round(c.coverage(), 3);
      if (shown >= required) {
        // 0.8996 rounds to 0.9: a zone short of its requirement must not read as meeting it
        shown = Figures.roundDown(c.coverage(), 3);
      }
      Finding.Builder finding = Finding.of(FindingCode.ART8_UNCOVERED).zone(c.zone())
          .figure("coverage", shown)
          .figure("required", required)
          .figure("quality", scene.options().quality().code())
          .figure("zone_area_m2", Figures.round(Figures.groundArea(survey, c.zone().area()), 2))
          .figure("uncovered_m2", Figures.round(Figures.groundArea(survey, c.uncovered()), 2));
      if (c.zone().name() != null) {
        finding.figure("zone_name", c.zone().name());
      }
      finding.figure("covered_by", List.copyOf(c.coveredBy()));
      if (!c.seenByOtherSites().isEmpty()) {
        finding.figure("seen_by_other_sites", List.copyOf(c.seenByOtherSites()));
      }
      Figures.image(finding, c.image());
      findings.accept(finding.geometry(c.uncovered()).build());
    }
  }
}
