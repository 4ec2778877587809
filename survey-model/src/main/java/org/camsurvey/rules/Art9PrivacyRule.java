package org.camsurvey.rules;

import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

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
 * is not inside it; its view decides.
 */
public final class Art9PrivacyRule implements Rule {
  /** Overlaps at or below this many square metres are taken as touching, not seeing. */
  public static final double MIN_OVERLAP_M2 = 0.01;

  private record Forbidden(Zone zone, PreparedGeometry area, boolean convex) {}

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    Survey survey = scene.survey();
    STRtree index = new STRtree();
    for (Zone zone : survey.zones()) {
      if (zone.rule() == ZoneRule.FORBIDDEN) {
        index.insert(zone.area().getEnvelopeInternal(), new Forbidden(zone, PreparedGeometryFactory.prepare(zone.area()),
            ConvexClip.isConvex(zone.area())));
      }
    }
    if (index.isEmpty()) {
      return;
    }
    List<Camera> cameras = survey.cameras();
    for (int i = 0; i < cameras.size(); i++) {
      Camera camera = cameras.get(i);
      Geometry view = scene.visible(i);
      // A camera that sees nothing (all its ground blind under it) still stands where it stands.
      Envelope reach = new Envelope(view.getEnvelopeInternal());
      reach.expandToInclude(camera.location().getCoordinate());
      @SuppressWarnings("unchecked")
      List<Forbidden> candidates = index.query(reach);
      for (Forbidden candidate : candidates) {
        Zone zone = candidate.zone();
        if (candidate.area().contains(camera.location())) {
          Finding.Builder finding = Finding.of(FindingCode.ART9_INSIDE_FORBIDDEN).camera(camera).zone(zone);
          named(finding, zone);
          findings.accept(finding.build());
          continue;
        }
        if (view.isEmpty()) {
          continue;
        }
        Geometry overlap;
        ConvexSum pieces = scene.visiblePieces(i);
        if (candidate.convex() && pieces != null) {
          // the view's convex pieces clipped by the zone: no area, no overlap, without an overlay
          ConvexSum seen = pieces.clip((Polygon) zone.area());
          if (seen.area() <= 0) {
            continue;
          }
          overlap = seen.single() != null ? seen.single() : OverlayNGRobust.overlay(view, zone.area(), OverlayNG.INTERSECTION);
        } else if (candidate.area().intersects(view)) {
          overlap = OverlayNGRobust.overlay(view, zone.area(), OverlayNG.INTERSECTION);
        } else {
          continue;
        }
        double overlapM2 = Figures.groundArea(survey, overlap);
        if (overlapM2 > MIN_OVERLAP_M2) {
          Finding.Builder finding = Finding.of(FindingCode.ART9_FORBIDDEN_VIEW).camera(camera).zone(zone)
              .figure("overlap_m2", Figures.round(overlapM2, 2))
              .figure("zone_share", Figures.round(Math.min(1, Figures.share(survey, overlap, zone.area())), 3))
              .figure("range_m", Figures.round(CameraView.rangeMetres(camera, ImageQuality.DETECT), 2));
          named(finding, zone);
          Figures.image(finding, ZoneCoverage.ImageFigures.of(camera, overlap));
          findings.accept(finding.geometry(overlap).build());
        }
      }
    }
  }

  private static void named(Finding.Builder finding, Zone zone) {
    if (zone.name() != null) {
      finding.figure("zone_name", zone.name());
    }
  }
}
