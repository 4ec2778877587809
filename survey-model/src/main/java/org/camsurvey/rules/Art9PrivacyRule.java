package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;

/**
 * Art. 9 — places where installation is forbidden: no camera may stand inside a forbidden zone,
 * and none may see any of one at any image quality, whichever site either belongs to.
 *
 * <p>What a camera sees is its view past walls and within its ground band; a forbidden zone
 * behind a solid wall is not seen. The finding gives the pixel density at the nearest and
 * farthest points of what is seen, and the grade reached there.
 *
 * <p>"Sees any of it" means an overlap of more than {@value #MIN_OVERLAP_M2} m², so that a
 * boundary shared to within rounding is not a violation. A camera standing on a zone's boundary
 * is not inside it; its view decides ({@link ZoneSightings}).
 */
public final class Art9PrivacyRule implements Rule {
  /** Overlaps at or below this many square metres are taken as touching, not seeing. */
  public static final double MIN_OVERLAP_M2 = 0.01;

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    ZoneSightings.each(scene, zone -> zone.rule() == ZoneRule.FORBIDDEN && zone.item() != null,
        sighting -> findings.accept(finding(scene.survey(), sighting, FindingCode.ART9_INSIDE_FORBIDDEN,
            FindingCode.ART9_FORBIDDEN_VIEW).build()));
  }

  /**
   * A sighting as a finding of one of two codes, with the figures every forbidden-zone finding
   * gives: the overlap, its share of the zone, the camera's range and the image reached there.
   */
  static Finding.Builder finding(Survey survey, ZoneSightings.Sighting sighting, FindingCode inside,
      FindingCode view) {
    Zone zone = sighting.zone();
    if (sighting.inside()) {
      return named(Finding.of(inside).camera(sighting.camera()).zone(zone), zone);
    }
    Finding.Builder finding = Finding.of(view).camera(sighting.camera()).zone(zone)
        .figure("overlap_m2", Figures.round(sighting.overlapM2(), 2))
        .figure("zone_share", Figures.round(Math.min(1, Figures.share(survey, sighting.overlap(), zone.area())), 3))
        .figure("range_m", Figures.round(CameraView.rangeMetres(sighting.camera(), ImageQuality.DETECT), 2));
    named(finding, zone);
    Figures.image(finding, ZoneCoverage.ImageFigures.of(survey.frame(), sighting.camera(), sighting.overlap()));
    return finding.geometry(sighting.overlap());
  }

  private static Finding.Builder named(Finding.Builder finding, Zone zone) {
    if (zone.name() != null) {
      finding.figure("zone_name", zone.name());
    }
    return finding;
  }
}
