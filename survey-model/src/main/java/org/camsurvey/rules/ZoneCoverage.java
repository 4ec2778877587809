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
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How well a mandated zone is watched by its own site's cameras at the quality coverage counts
 * at (Art. 8, with Art. 11 ¶2 putting the duty on the zone's own owner or operator).
 *
 * <p>A zone has its {@code coverage} (the fraction of its area seen, 0..1), the own site's
 * cameras that see some of it ({@code coveredBy}), other sites' cameras that do ({@code
 * seenByOtherSites}, as site/camera), the part no own camera sees ({@code uncovered}) and the
 * image quality the best own camera gives over it ({@code image}, null where no covering camera
 * has a resolution to judge by).
 *
 * <p>Coverage is the area of the union of what each own camera sees of the zone. Where those
 * parts are convex (a plain view over a convex zone) and few, the union's area is summed term by
 * term (inclusion–exclusion over their intersections, each a convex clip) rather than overlaid;
 * near full coverage or the zone's requirement, where the last digits could decide, it is
 * overlaid as before.
 */
public final class ZoneCoverage {
  /** Unions of more convex parts than this are measured by overlay, not term by term. */
  private static final int MAX_TERMS_PARTS = 10;
  /** Closer than this to a limit (full coverage, or the zone's requirement), coverage is measured by overlay. */
  private static final double NEAR_LIMIT = 1e-9;

  private final Zone zone;
  private final double coverage;
  private final List<String> coveredBy;
  private final List<String> seenByOtherSites;
  private final List<Geometry> seen;
  private final ImageFigures image;
  private Geometry uncovered;

  private ZoneCoverage(Zone zone, double coverage, List<String> coveredBy, List<String> seenByOtherSites,
      List<Geometry> seen, Geometry uncovered, ImageFigures image) {
    this.zone = zone;
    this.coverage = coverage;
    this.coveredBy = List.copyOf(coveredBy);
    this.seenByOtherSites = List.copyOf(seenByOtherSites);
    this.seen = seen;
    this.uncovered = uncovered;
    this.image = image;
  }

  public Zone zone() {
    return zone;
  }

  public double coverage() {
    return coverage;
  }

  public List<String> coveredBy() {
    return coveredBy;
  }

  public List<String> seenByOtherSites() {
    return seenByOtherSites;
  }

  /**
   * The part no own camera sees, in the frame (empty when fully covered). Worked out when first
   * asked for: a check reports it only for zones short of their coverage.
   */
  public synchronized Geometry uncovered() {
    if (uncovered == null) {
      Geometry union = seen.size() == 1 ? seen.get(0) : OverlayNGRobust.union(seen);
      uncovered = OverlayNGRobust.overlay(zone.area(), union, OverlayNG.DIFFERENCE);
    }
    return uncovered;
  }

  public ImageFigures image() {
    return image;
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
      Checker.stopIfInterrupted();
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
      boolean convexView = scene.coveringIsConvex(i) || scene.coveringClips(i);
      if (own && convexView && CameraView.holdsWhole((Polygon) view, zone.area())) {
        whole = true;
        coveredBy.add(camera.cameraId());
        best = ImageFigures.better(best, ImageFigures.of(camera, zone.area()));
        continue;
      }
      Geometry part = convex && scene.coveringClips(i)
          ? ConvexClip.intersection((Polygon) view, (Polygon) zone.area())
          : polygonal(OverlayNGRobust.overlay(view, zone.area(), OverlayNG.INTERSECTION));
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
      return new ZoneCoverage(zone, 1, coveredBy, otherSites, List.of(), empty, best);
    }
    if (seen.isEmpty()) {
      return new ZoneCoverage(zone, 0, coveredBy, otherSites, List.of(), zone.area(), best);
    }
    double zoneArea = zone.area().getArea();
    double required = zone.minCover() != null ? zone.minCover() : scene.options().minCover();
    double coverage = Double.NaN;
    if (seen.size() == 1) {
      coverage = Math.min(1, seen.get(0).getArea() / zoneArea);
    } else if (seen.size() <= MAX_TERMS_PARTS && seen.stream().allMatch(ConvexClip::isConvex)) {
      double summed = Math.min(1, unionArea(seen, 0, null) / zoneArea);
      if (Math.abs(summed - 1) > NEAR_LIMIT && Math.abs(summed - required) > NEAR_LIMIT) {
        coverage = summed;
      }
    }
    if (Double.isNaN(coverage)) {
      Geometry union = OverlayNGRobust.union(seen);
      coverage = Math.min(1, union.getArea() / zoneArea);
      return new ZoneCoverage(zone, coverage, coveredBy, otherSites, List.of(union), null, best);
    }
    return new ZoneCoverage(zone, coverage, coveredBy, otherSites, List.copyOf(seen), null, best);
  }

  /**
   * The area of the union of convex polygons, from the {@code from}th on, each term intersected
   * with {@code within} (all of them where null): the sum of their areas less that of their
   * pairwise intersections, plus that of the threefold ones, and so on. An empty intersection
   * ends its branch, so parts far apart cost little.
   */
  private static double unionArea(List<Geometry> parts, int from, Polygon within) {
    double total = 0;
    for (int i = from; i < parts.size(); i++) {
      Polygon part = (Polygon) parts.get(i);
      Polygon common = within == null ? part : ConvexClip.intersection(within, part);
      if (!common.isEmpty()) {
        total += common.getArea() - unionArea(parts, i + 1, common);
      }
    }
    return total;
  }

  /**
   * The polygons of an overlay's result. OverlayNG keeps the lines and points where its inputs
   * only touch (a view's edge running along a zone's), and the union of the parts would refuse
   * such a mix of dimensions.
   */
  static Geometry polygonal(Geometry result) {
    if (result instanceof Polygonal) {
      return result;
    }
    return result.getFactory().buildGeometry(PolygonExtracter.getPolygons(result));
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
