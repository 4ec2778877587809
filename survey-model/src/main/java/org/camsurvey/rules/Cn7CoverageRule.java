package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.law.PlaceKinds;
import org.camsurvey.law.RegulationZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Shape;
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
    for (ZoneCoverage c : scene.coverage()) {
      if (!RegulationZones.mandated(c.zone())) {
        continue;
      }
      double required = c.required(scene.options());
      if (c.meets(required)) {
        continue;
      }
      Finding.Builder finding = CoverFigures.add(Finding.of(FindingCode.CN7_UNCOVERED).zone(c.zone())
          .item(RegulationZones.part(c.zone()).orElse(null))
          .figure("kind", PlaceKinds.kindOf(c.zone()).orElseThrow().code()), c, scene, required);
      Figures.image(finding, c.image());
      findings.accept(finding.geometry(Shape.when(c::uncovered)).build());
    }
  }
}
