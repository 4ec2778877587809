package org.camsurvey.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.Slivers;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
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
 * <p>Coverage is the area of the union of what each own camera sees of the zone. Over a convex
 * zone, what a view sees of it is a sum of convex pieces ({@link ConvexSum}: the sector, or the
 * fans walls leave of it, less the blind band under a camera with height and tilt), and the
 * part no camera sees is measured by inclusion and exclusion over the views' pieces ({@link
 * ConvexSum#leftMeasure}), all by convex clips; otherwise (a zone that is not convex, a view
 * whose outline had to be repaired) the parts are overlaid. Within a billionth of the zone's
 * area coverage is full, and a camera that sees no more than that of a zone (a view touching it) does not cover it.
 */
public final class ZoneCoverage {
  /** A share of a zone's area below which a part seen or left unseen is rounding, not area. */
  private static final double NEAR_LIMIT = 1e-9;

  private final Zone zone;
  /**
   * NaN until measured, where inclusion and exclusion measures it: a rule asks only whether a
   * zone {@link #meets} its cover, which the largest views mostly prove at a fraction of the cost.
   */
  private double coverage;
  /** The zone where it is convex and the views seen are convex sums, for measuring when asked; else null. */
  private Polygon convexZone;
  private final List<String> coveredBy;
  private final List<String> seenByOtherSites;
  private final List<Seen> seen;
  /** The own cameras that see some of the zone, whose best image {@link #image} gives when asked. */
  private final List<Camera> covering;
  private final LocalFrame frame;
  private ImageFigures image;
  private boolean imageJudged;
  private Geometry seenUnion;
  private Geometry uncovered;
  /** The area and centroid of the part left unseen, where the convex clips gave them; else null. */
  private ConvexSum.Measure uncoveredMeasure;

  private ZoneCoverage(Zone zone, double coverage, List<String> coveredBy, List<String> seenByOtherSites,
      List<Seen> seen, Geometry seenUnion, List<Camera> covering, LocalFrame frame) {
    this.zone = zone;
    this.coverage = coverage;
    this.coveredBy = List.copyOf(coveredBy);
    this.seenByOtherSites = List.copyOf(seenByOtherSites);
    this.seen = seen;
    this.seenUnion = seenUnion;
    this.covering = covering;
    this.frame = frame;
  }

  /** The share of the zone its site must cover: its own {@code min_cover}, else the check's. */
  public double required(CheckOptions options) {
    return zone.minCover() != null ? zone.minCover() : options.minCover();
  }

  public Zone zone() {
    return zone;
  }

  public synchronized double coverage() {
    if (Double.isNaN(coverage)) {
      double zoneArea = zone.area().getArea();
      uncoveredMeasure = ConvexSum.leftMeasure(convexZone, pieces(seen));
      coverage = share(zoneArea - uncoveredMeasure.area(), zoneArea);
    }
    return coverage;
  }

  /**
   * Whether the zone's own cameras see at least a share of it: {@code coverage() >= required},
   * proved where it can be from the largest views alone ({@link ConvexSum#unionReaches}), the
   * coverage measured otherwise. A batch over a city wants the figures of the zones short of
   * cover only, and on the sparse city nine in ten of the zones several views see are not.
   */
  public boolean meets(double required) {
    synchronized (this) {
      if (!Double.isNaN(coverage)) {
        return coverage >= required;
      }
    }
    List<Seen> largestFirst = new ArrayList<>(seen);
    largestFirst.sort(Comparator.comparingDouble(Seen::area).reversed());
    return ConvexSum.unionReaches(convexZone, pieces(largestFirst), required * zone.area().getArea())
        || coverage() >= required;
  }

  private static List<ConvexSum> pieces(List<Seen> seen) {
    return seen.stream().map(s -> s.pieces).toList();
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
    if (uncovered == null && seen.isEmpty()) {
      // held whole by one camera, or seen by none
      uncovered = coverage >= 1 ? zone.area().getFactory().createPolygon() : zone.area();
    }
    if (uncovered == null) {
      // The remainder's pieces would do, but are many slivers along the arcs: their union costs
      // more than overlaying the few parts seen.
      if (seenUnion == null) {
        seenUnion = union(seen);
      }
      // views whose edges nearly meet along the zone leave slivers between them, in or out by
      // the last bits of their vertices
      uncovered = Slivers.without(OverlayNGRobust.overlay(zone.area(), seenUnion, OverlayNG.DIFFERENCE),
          Slivers.IN_FRAME_METRES);
    }
    return uncovered;
  }

  /**
   * The ground area of the part no own camera sees ({@link #uncovered}), in m². Where the convex
   * clips measured that part and the frame measures a zone this size at its centroid's scale,
   * from that measure, without overlaying the views: a batch over a city reports the area of
   * every zone short of cover and draws none.
   */
  public double uncoveredGroundArea(LocalFrame frame) {
    ConvexSum.Measure measure;
    synchronized (this) {
      coverage();
      measure = uncovered == null ? uncoveredMeasure : null;
    }
    if (measure != null && frame.measuredAtCentroid(zone.area().getEnvelopeInternal())) {
      return measure.area() > 0 ? frame.groundArea(measure.area(), measure.centroid()) : 0;
    }
    return frame.groundArea(uncovered());
  }

  /**
   * The image the best own camera gives over the zone. Judged when first asked for: a batch
   * prints it only for the zones short of cover.
   */
  public synchronized ImageFigures image() {
    if (!imageJudged) {
      for (Camera camera : covering) {
        image = ImageFigures.better(image, ImageFigures.of(frame, camera, zone.area()));
      }
      imageJudged = true;
    }
    return image;
  }

  /** The coverage of every mandated zone of a scene, in the survey's order. */
  static List<ZoneCoverage> of(Scene scene) {
    Survey survey = scene.survey();
    List<Camera> cameras = survey.cameras();
    STRtree views = new STRtree();
    for (int i = 0; i < cameras.size(); i++) {
      Envelope reach = scene.coveringEnvelope(i);
      if (!reach.isNull()) {
        views.insert(reach, i);
      }
    }
    List<ZoneCoverage> all = new ArrayList<>();
    for (Zone zone : survey.zones()) {
      Interruption.stopIfInterrupted();
      if (zone.rule() == ZoneRule.MANDATED) {
        all.add(of(scene, views, zone));
      }
    }
    return all;
  }

  private static ZoneCoverage of(Scene scene, STRtree views, Zone zone) {
    List<Camera> cameras = scene.survey().cameras();
    LocalFrame frame = scene.survey().frame();
    PreparedGeometry area = null;
    Polygon convexZone = ConvexClip.isConvex(zone.area()) ? (Polygon) zone.area() : null;
    double zoneArea = zone.area().getArea();
    @SuppressWarnings("unchecked")
    List<Integer> candidates = views.query(zone.area().getEnvelopeInternal());
    candidates.sort(null);
    List<Seen> seen = new ArrayList<>();
    List<String> coveredBy = new ArrayList<>();
    List<String> otherSites = new ArrayList<>();
    boolean whole = false;
    List<Camera> covering = new ArrayList<>();
    for (int i : candidates) {
      Geometry view = scene.covering(i);
      ConvexSum pieces = scene.coveringPieces(i);
      // Convex pieces clipped to a convex zone tell whether the view meets it by what they leave
      // (nothing, or a sliver under the near limit, when it does not), so only the others are
      // tested against the prepared zone: the test was a fifth of a sparse city's coverage.
      if (convexZone == null || pieces == null) {
        if (area == null) {
          area = PreparedGeometryFactory.prepare(zone.area());
        }
        if (!area.intersects(view)) {
          continue;
        }
      }
      Camera camera = cameras.get(i);
      boolean own = camera.siteId().equals(zone.siteId());
      if (own && pieces != null && pieces.holds(zone.area())) {
        whole = true;
        coveredBy.add(camera.cameraId());
        covering.add(camera);
        continue;
      }
      Seen part = convexZone != null && pieces != null
          ? new Seen(view, zone.area(), pieces.clip(convexZone))
          : new Seen(view, zone.area(), null);
      if (part.area() <= zoneArea * NEAR_LIMIT) {
        continue;
      }
      if (own) {
        seen.add(part);
        coveredBy.add(camera.cameraId());
        covering.add(camera);
      } else {
        otherSites.add(camera.siteId() + "/" + camera.cameraId());
      }
    }
    if (whole) {
      return new ZoneCoverage(zone, 1, coveredBy, otherSites, List.of(), null, covering, frame);
    }
    if (seen.isEmpty()) {
      return new ZoneCoverage(zone, 0, coveredBy, otherSites, List.of(), null, covering, frame);
    }
    double coverage;
    Geometry union = null;
    boolean byInclusion = false;
    if (seen.size() == 1) {
      coverage = share(seen.get(0).area(), zoneArea);
    } else if (convexZone != null && seen.stream().allMatch(s -> s.pieces != null)) {
      coverage = Double.NaN;
      byInclusion = true;
    } else {
      union = union(seen);
      coverage = share(union.getArea(), zoneArea);
    }
    ZoneCoverage inFrame = new ZoneCoverage(zone, coverage, coveredBy, otherSites, seen, union, covering, frame);
    inFrame.convexZone = byInclusion ? convexZone : null;
    return frame.areaScaleSpread(zone.area().getEnvelopeInternal()) <= Figures.SHARE_SCALE_SPREAD
        ? inFrame : inFrame.onTheGround(frame);
  }

  /**
   * The coverage as the share of the zone's ground area left unseen, for a zone over which the
   * frame's scale varies too much for frame areas to give it (a large zone far from the frame's
   * centre).
   */
  private ZoneCoverage onTheGround(LocalFrame frame) {
    double zoneM2 = frame.groundArea(zone.area());
    Geometry left = uncovered();
    ZoneCoverage measured = new ZoneCoverage(zone, share(zoneM2 - frame.groundArea(left), zoneM2), coveredBy,
        seenByOtherSites, seen, seenUnion, covering, frame);
    measured.uncovered = left;
    return measured;
  }

  /**
   * The share of a zone's area seen. Within a billionth of the whole it is the whole: what is
   * left (a tenth of a square millimetre of a 100 m² zone) is the rounding of the areas summed
   * or overlaid, far below what a survey measures, and must not show as 99.9 %.
   */
  private static double share(double seenArea, double zoneArea) {
    double share = seenArea / zoneArea;
    return share >= 1 - NEAR_LIMIT ? 1 : share;
  }

  private static Geometry union(List<Seen> seen) {
    return seen.size() == 1 ? seen.get(0).geometry() : OverlayNGRobust.union(seen.stream().map(Seen::geometry).toList());
  }

  /**
   * What one camera sees of a zone: as convex pieces where both allow it, the overlay's polygons
   * worked out only when asked for (where another part is walled, the zone is not convex, or the
   * part left unseen is drawn).
   */
  private static final class Seen {
    private final Geometry view;
    private final Geometry zone;
    private final ConvexSum pieces;
    private Geometry geometry;
    /** NaN until asked for: a zone's views are sorted by it. */
    private double area = Double.NaN;

    Seen(Geometry view, Geometry zone, ConvexSum pieces) {
      this.view = view;
      this.zone = zone;
      this.pieces = pieces;
    }

    double area() {
      if (Double.isNaN(area)) {
        area = pieces != null ? pieces.area() : geometry().getArea();
      }
      return area;
    }

    Geometry geometry() {
      if (geometry == null) {
        Polygon single = pieces == null ? null : pieces.single();
        geometry = single != null ? single : polygonal(OverlayNGRobust.overlay(view, zone, OverlayNG.INTERSECTION));
      }
      return geometry;
    }
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
   * @param nearMetres ground distance to the area's nearest point
   * @param farMetres ground distance to its farthest point
   * @param ppmNear pixels per metre at the nearest point
   * @param ppmFar pixels per metre at the farthest point
   * @param reached the grade held over the whole area, or null below detect
   */
  public record ImageFigures(
      String cameraId, double nearMetres, double farMetres, double ppmNear, double ppmFar, ImageQuality reached) {
    /** Nearer than a centimetre, a point is at the camera. */
    private static final double MIN_DISTANCE_METRES = 0.01;

    /**
     * The figures for a camera looking at an area; null without a resolution or for 180° and
     * more. Distances are the frame's over its scale at the camera, the ground metres the
     * camera's views were built in (FieldOfView): a point on the far arc of a grade's view is
     * at that grade's distance, and holds the grade.
     */
    public static ImageFigures of(LocalFrame frame, Camera camera, Geometry area) {
      if (camera.resolutionH() == null || camera.hfovDegrees() >= 180) {
        return null;
      }
      Coordinate at = camera.location().getCoordinate();
      double scale = frame.scaleAt(at.x, at.y);
      double near = area.distance(camera.location()) / scale;
      double far = 0;
      for (Coordinate c : area.getCoordinates()) {
        far = Math.max(far, c.distance(at));
      }
      far /= scale;
      // At the camera itself (a camera standing on the area's edge) the density is unbounded: no figure.
      double ppmNear = near >= MIN_DISTANCE_METRES
          ? ImageQuality.pixelsPerMetreAt(camera.resolutionH(), camera.hfovDegrees(), near)
          : Double.POSITIVE_INFINITY;
      double ppmFar = ImageQuality.pixelsPerMetreAt(camera.resolutionH(), camera.hfovDegrees(), Math.max(far, 1e-9));
      return new ImageFigures(camera.cameraId(), near, far, ppmNear, ppmFar,
          ImageQuality.reachedAt(camera.resolutionH(), camera.hfovDegrees(), far));
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
