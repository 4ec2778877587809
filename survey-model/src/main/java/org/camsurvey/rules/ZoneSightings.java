package org.camsurvey.rules;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Zone;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Every camera that stands in, or sees more than {@value Art9PrivacyRule#MIN_OVERLAP_M2} m² of,
 * a zone of some kind: the measures' forbidden zones (Art. 9), the regulation's zones of a
 * forbidden kind (Arts. 8, 33) and its sensitive zones (Art. 10) are found alike.
 *
 * <p>A camera standing on a zone's boundary is not inside it; its view decides.
 */
final class ZoneSightings {
  /**
   * One camera's sighting of one zone.
   *
   * @param cameraIndex the camera's index in the scene's survey
   * @param camera the camera
   * @param zone the zone
   * @param overlap what the camera sees of the zone, or null where it stands inside it
   * @param overlapM2 the overlap's ground area, 0 where it stands inside
   */
  record Sighting(int cameraIndex, Camera camera, Zone zone, Geometry overlap, double overlapM2) {
    boolean inside() {
      return overlap == null;
    }
  }

  private record Candidate(Zone zone, PreparedGeometry area, boolean convex) {}

  private ZoneSightings() {}

  /** Hands each sighting of a zone {@code which} accepts to {@code sightings}, camera by camera. */
  static void each(Scene scene, Predicate<Zone> which, Consumer<Sighting> sightings) {
    STRtree index = new STRtree();
    for (Zone zone : scene.survey().zones()) {
      if (which.test(zone)) {
        index.insert(zone.area().getEnvelopeInternal(), new Candidate(zone, PreparedGeometryFactory.prepare(zone.area()),
            ConvexClip.isConvex(zone.area())));
      }
    }
    if (index.isEmpty()) {
      return;
    }
    List<Camera> cameras = scene.survey().cameras();
    for (int i = 0; i < cameras.size(); i++) {
      Camera camera = cameras.get(i);
      // A camera that sees nothing (all its ground blind under it) still stands where it stands.
      // The view's shape waits for a zone that needs it: a walled view's takes an overlay.
      Envelope extent = scene.visibleEnvelope(i);
      Envelope reach = new Envelope(extent);
      reach.expandToInclude(camera.location().getCoordinate());
      @SuppressWarnings("unchecked")
      List<Candidate> candidates = index.query(reach);
      for (Candidate candidate : candidates) {
        Zone zone = candidate.zone();
        if (candidate.area().contains(camera.location())) {
          sightings.accept(new Sighting(i, camera, zone, null, 0));
          continue;
        }
        if (extent.isNull()) {
          continue;
        }
        Geometry view = scene.visible(i);
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
        double overlapM2 = Figures.groundArea(scene.survey(), overlap);
        if (overlapM2 > Art9PrivacyRule.MIN_OVERLAP_M2) {
          sightings.accept(new Sighting(i, camera, zone, overlap, overlapM2));
        }
      }
    }
  }
}
