package org.camsurvey.rules;

import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Shape;
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
    for (ZoneCoverage c : scene.coverage()) {
      double required = c.required(scene.options());
      if (c.meets(required)) {
        continue;
      }
      Finding.Builder finding = CoverFigures.add(Finding.of(FindingCode.ART8_UNCOVERED).zone(c.zone()), c, scene, required);
      if (!c.seenByOtherSites().isEmpty()) {
        finding.figure("seen_by_other_sites", List.copyOf(c.seenByOtherSites()));
      }
      Figures.image(finding, c.image());
      findings.accept(finding.geometry(Shape.when(c::uncovered)).build());
    }
  }
}
