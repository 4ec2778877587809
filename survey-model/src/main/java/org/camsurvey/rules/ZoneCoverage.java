package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How well a mandated zone is watched by its own site's cameras at the quality coverage counts
 * at (Art. 8, with Art. 11 ¶2 putting the duty on the zone's own owner or operator).
 *
 * @param zone the zone
 * @param coverage the fraction of its area seen, 0..1
 * @param coveredBy the own site's cameras that see some of it
 * @param seenByOtherSites other sites' cameras that see some of it, as site/camera
 * @param uncovered the part no own camera sees, in the frame (empty when fully covered)
 * @param image the image quality the best own camera gives over the zone, or null where no
 *     covering camera has a resolution to judge by
 */
public record ZoneCoverage(
    Zone zone, double coverage, List<String> coveredBy, List<String> seenByOtherSites, Geometry uncovered,
    ImageFigures image) {

  public ZoneCoverage {
    coveredBy = List.copyOf(coveredBy);
    seenByOtherSites = List.copyOf(seenByOtherSites);
  }

  /** The coverage of every mandated zone of a scene, in the survey's order. */
  static List<ZoneCoverage> of(Scene scene) {
    Survey survey = scene.survey();
    List<Camera> cameras = survey.cameras();
    STRtree views = new STRtree();
    for (int i = 0; i < cameras.size(); i++) {
      if (!scene.covering(i).isEmpty()) {
        views.insert(scene.covering(i).getEnvelopeInternal(), i);
      }
    }
    List<ZoneCoverage> all = new ArrayList<>();
    for (Zone zone : survey.zones()) {
      if (zone.rule() == ZoneRule.MANDATED) {
        all.add(of(scene, views, zone));
      }
    }
    return all;
  }

  private static ZoneCoverage of(Scene scene, STRtree views, Zone zone) {
    List<Camera> cameras = scene.survey().cameras();
    PreparedGeometry area = PreparedGeometryFactory.prepare(zone.area());
    boolean convex = ConvexClip.isConvex(zone.area());
    @SuppressWarnings("unchecked")
    List<Integer> candidates = views.query(zone.area().getEnvelopeInternal());
    candidates.sort(null);
    List<Geometry> seen = new ArrayList<>();
    List<String> coveredBy = new ArrayList<>();
    List<String> otherSites = new ArrayList<>();
    boolean whole = false;
    ImageFigures best = null;
    for (int i : candidates) {
      Geometry view = scene.covering(i);
      if (!area.intersects(view)) {
        continue;
      }
      Camera camera = cameras.get(i);
      boolean own = camera.siteId().equals(zone.siteId());
      if (own && scene.coveringIsConvex(i) && CameraView.holdsWhole((Polygon) view, zone.area())) {
        whole = true;
        coveredBy.add(camera.cameraId());
        best = ImageFigures.better(best, ImageFigures.of(camera, zone.area()));
        continue;
      }
      Geometry part = convex && scene.coveringClips(i)
          ? ConvexClip.intersection((Polygon) view, (Polygon) zone.area())
          : OverlayNGRobust.overlay(view, zone.area(), OverlayNG.INTERSECTION);
      if (part.getArea() <= 0) {
        continue;
      }
      if (own) {
        seen.add(part);
        coveredBy.add(camera.cameraId());
        best = ImageFigures.better(best, ImageFigures.of(camera, zone.area()));
      } else {
        otherSites.add(camera.siteId() + "/" + camera.cameraId());
      }
    }
    Geometry empty = zone.area().getFactory().createPolygon();
    if (whole) {
      return new ZoneCoverage(zone, 1, coveredBy, otherSites, empty, best);
    }
    Geometry union = seen.isEmpty() ? empty : seen.size() == 1 ? seen.get(0) : OverlayNGRobust.union(seen);
    double coverage = Math.min(1, union.getArea() / zone.area().getArea());
    Geometry uncovered = seen.isEmpty() ? zone.area() : OverlayNGRobust.overlay(zone.area(), union, OverlayNG.DIFFERENCE);
    return new ZoneCoverage(zone, coverage, coveredBy, otherSites, uncovered, best);
  }

  /**
   * The pixel density a camera gives at the nearest and farthest points of an area, and the
   * DORI grade it holds over all of it (the grade at the farthest point).
   *
   * @param cameraId the camera
   * @param nearMetres distance to the area's nearest point
   * @param farMetres distance to its farthest point
   * @param ppmNear pixels per metre at the nearest point
   * @param ppmFar pixels per metre at the farthest point
   * @param reached the grade held over the whole area, or null below detect
   */
  public record ImageFigures(
      String cameraId, double nearMetres, double farMetres, double ppmNear, double ppmFar, ImageQuality reached) {
    /** Nearer than a centimetre, a point is at the camera. */
    private static final double MIN_DISTANCE_METRES = 0.01;

    /** The figures for a camera looking at an area; null without a resolution or for 180° and more. */
    static ImageFigures of(Camera camera, Geometry area) {
      if (camera.resolutionH() == null || camera.hfovDegrees() >= 180) {
        return null;
      }
      Coordinate at = camera.location().getCoordinate();
      double near = area.distance(camera.location());
      double far = 0;
      for (Coordinate c : area.getCoordinates()) {
        far = Math.max(far, c.distance(at));
      }
      // At the camera itself (a camera standing on the area's edge) the density is unbounded: no figure.
      double ppmNear = near >= MIN_DISTANCE_METRES
          ? ImageQuality.pixelsPerMetreAt(camera.resolutionH(), camera.hfovDegrees(), near)
          : Double.POSITIVE_INFINITY;
      double ppmFar = ImageQuality.pixelsPerMetreAt(camera.resolutionH(), camera.hfovDegrees(), Math.max(far, 1e-9));
      return new ImageFigures(camera.cameraId(), near, far, ppmNear, ppmFar, ImageQuality.reached(ppmFar));
    }

    /** The one with the higher density at the area's farthest point. */
    static ImageFigures better(ImageFigures a, ImageFigures b) {
      if (a == null) {
        return b;
      }
      return b == null || a.ppmFar() >= b.ppmFar() ? a : b;
    }
  }
}
