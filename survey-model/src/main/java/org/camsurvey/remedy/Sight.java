package org.camsurvey.remedy;

import java.util.List;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.rules.Art9PrivacyRule;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.CheckOptions;
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
 * What a camera would see with a changed aim, angle or range, built by the code {@code check}
 * builds views with ({@link CameraView}: walls, height and tilt, image quality), and whether it
 * would then see a forbidden zone as Art. 9's rule measures it. A zone that needs consent (the
 * regulation's Art. 10) counts as forbidden for a camera whose {@code consent} is not yes.
 *
 * <p>A candidate counts as seeing a zone from half of {@link Art9PrivacyRule#MIN_OVERLAP_M2}:
 * the fixed survey is written to a file and read again, and a change that clears a zone only by
 * rounding must not show up in {@code check} once more.
 */
final class Sight {
  static final double CLEAR_OVERLAP_M2 = Art9PrivacyRule.MIN_OVERLAP_M2 / 2;

  private record Forbidden(Zone zone, PreparedGeometry area, Polygon convex, boolean consentClears) {}

  private final LocalFrame frame;
  private final WallIndex walls;
  private final ImageQuality quality;
  private final STRtree forbidden = new STRtree();

  Sight(Survey survey, CheckOptions options, List<Zone> forbiddenZones, List<Zone> consentZones) {
    this.frame = survey.frame();
    this.walls = Scene.walls(survey);
    this.quality = options.quality();
    for (Zone zone : forbiddenZones) {
      insert(zone, false);
    }
    for (Zone zone : consentZones) {
      insert(zone, true);
    }
    // built now: sites are searched in parallel, and the tree builds itself on its first query
    forbidden.build();
  }

  private void insert(Zone zone, boolean consentClears) {
    forbidden.insert(zone.area().getEnvelopeInternal(), new Forbidden(zone, PreparedGeometryFactory.prepare(zone.area()),
        ConvexClip.isConvex(zone.area()) ? (Polygon) zone.area() : null, consentClears));
  }

  LocalFrame frame() {
    return frame;
  }

  /** What the camera sees at the quality coverage counts at. */
  Geometry covering(Camera camera) {
    return CameraView.of(frame, camera, quality, walls).shape();
  }

  /** Whether the camera stands inside a forbidden zone, where no aim clears it. */
  boolean standsInForbidden(Camera camera) {
    for (Forbidden f : candidates(camera)) {
      if (f.area().contains(camera.location())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the camera, as given, sees any forbidden zone at any quality, or stands in one. */
  boolean intrudes(Camera camera) {
    CameraView view = CameraView.of(frame, camera, ImageQuality.DETECT, walls);
    Geometry shape = view.shape();
    Envelope reach = new Envelope(shape.getEnvelopeInternal());
    reach.expandToInclude(camera.location().getCoordinate());
    for (Forbidden f : candidates(camera, reach)) {
      if (f.area().contains(camera.location())) {
        return true;
      }
      if (!shape.isEmpty() && overlapM2(view, f) > CLEAR_OVERLAP_M2) {
        return true;
      }
    }
    return false;
  }

  private double overlapM2(CameraView view, Forbidden f) {
    Geometry overlap;
    if (f.convex() != null && view.pieces() != null) {
      ConvexSum seen = view.pieces().clip(f.convex());
      if (seen.area() <= 0) {
        return 0;
      }
      return frame.groundArea(seen.area(), f.convex().getEnvelopeInternal().centre());
    }
    if (!f.area().intersects(view.shape())) {
      return 0;
    }
    overlap = OverlayNGRobust.overlay(view.shape(), f.zone().area(), OverlayNG.INTERSECTION);
    return overlap.isEmpty() ? 0 : frame.groundArea(overlap.getArea(), overlap.getEnvelopeInternal().centre());
  }

  private List<Forbidden> candidates(Camera camera) {
    return candidates(camera, camera.location().getEnvelopeInternal());
  }

  /** The zones near an area this camera may not see: those needing consent only where it has none. */
  @SuppressWarnings("unchecked")
  private List<Forbidden> candidates(Camera camera, Envelope area) {
    List<Forbidden> near = forbidden.query(area);
    if (Boolean.TRUE.equals(camera.consent())) {
      return near.stream().filter(f -> !f.consentClears()).toList();
    }
    return near;
  }
}
