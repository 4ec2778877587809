package org.camsurvey.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.Slivers;
import org.camsurvey.geo.Visibility;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What a camera sees on the ground, in the survey's frame: the sector out to the distance where
 * it still reaches an image quality, cut to the ground band its height and tilt allow, less
 * what walls hide; and, where no wall is in the way or what is left is convex, the same ground as
 * convex pieces ({@link ConvexSum}), which rules measure without overlays.
 */
public final class CameraView {
  /** Views built so far in this JVM, by which tests show that a command builds each view once. */
  private static final LongAdder BUILT = new LongAdder();

  /** The view's ground; null until first asked for where it takes an overlay (walls and a blind band). */
  private volatile Geometry shape;
  /** A walled view before its blind band is taken away, and the band: the shape, when asked for. */
  private final Polygon seen;
  private final Polygon blind;
  private final Envelope envelope;
  private final ConvexSum pieces;
  private final boolean fanned;

  private CameraView(Geometry shape, ConvexSum pieces) {
    this(shape, null, null, pieces, false);
  }

  /**
   * @param shape the view's ground, or null where it waits for {@code seen} less {@code blind}
   * @param fanned whether the pieces are a walled view's fans ({@link #fanned})
   */
  private CameraView(Geometry shape, Polygon seen, Polygon blind, ConvexSum pieces, boolean fanned) {
    BUILT.increment();
    this.shape = shape;
    this.seen = seen;
    this.blind = blind;
    this.pieces = pieces;
    this.fanned = fanned;
    // Every rule asks for the envelope (the index of views, the forbidden zones' candidates):
    // worked out now, while the vertices are fresh in the cache, not later from main memory.
    this.envelope = (shape != null ? shape : seen).getEnvelopeInternal();
  }

  /**
   * A walled view with a blind band, measured by its fans: the overlay that cuts the band from
   * its shape waits until the shape is asked for. Coverage measures by the fans alone, and the
   * overlays were a fifteenth of a dense city's checking.
   */
  private static CameraView banded(Polygon seen, Polygon blind, ConvexSum fans) {
    return new CameraView(null, seen, blind, fans, true);
  }

  /** The number of views built so far in this JVM. */
  public static long builtSoFar() {
    return BUILT.sum();
  }

  /**
   * Every camera's view, in the order of {@link Survey#cameras()}, for what draws them.
   *
   * @param quality the image quality they must reach, or null for everything they see at all
   */
  public static List<CameraView> all(Survey survey, ImageQuality quality) {
    WallIndex walls = Scene.walls(survey);
    List<CameraView> views = new ArrayList<>(survey.cameras().size());
    for (Camera camera : survey.cameras()) {
      views.add(of(survey.frame(), camera, quality, walls));
    }
    return views;
  }

  /**
   * The camera's view.
   *
   * @param quality the image quality it must reach, or null for everything it sees at all
   * @param walls the survey's walls and buildings
   */
  public static CameraView of(LocalFrame frame, Camera camera, ImageQuality quality, WallIndex walls) {
    return of(aim(frame, camera), camera, quality, walls);
  }

  /** Where a camera stands and looks, which its views at every quality share. */
  public static FieldOfView.Aim aim(LocalFrame frame, Camera camera) {
    return FieldOfView.aim(frame, camera.location().getCoordinate(), camera.headingDegrees(), camera.hfovDegrees());
  }

  /** The camera's view, from its {@link #aim}. */
  public static CameraView of(FieldOfView.Aim aim, Camera camera, ImageQuality quality, WallIndex walls) {
    Coordinate at = camera.location().getCoordinate();
    double outer = outerMetres(camera, quality);
    double inner = nearMetres(camera);
    if (!(outer > inner)) {
      return new CameraView(aim.nothing(), ConvexSum.of(List.of(), List.of()));
    }
    FieldOfView.Band band = aim.band(inner, outer);
    if (walls.isEmpty()) {
      return new CameraView(band.shape(), band.pieces());
    }
    Polygon sector = aim.sector(outer);
    Visibility.Sight sight = Visibility.sight(sector, at, camera.isAllRound(), walls.near(sector.getEnvelopeInternal()));
    Polygon seen = sight.visible();
    if (seen == sector) {
      return new CameraView(band.shape(), band.pieces());
    }
    if (seen.isEmpty()) {
      return new CameraView(seen, ConvexSum.of(List.of(), List.of()));
    }
    if (!(inner > 0)) {
      ConvexSum pieces = ConvexClip.isConvex(seen) ? ConvexSum.of(seen) : fans(sight, List.of());
      return new CameraView(seen, null, null, pieces, pieces != null && pieces.single() == null);
    }
    Polygon near = aim.sector(inner);
    if (sight.fans() == null) {
      // a wall's shadow passing a rounding error from the band's arc leaves a triangle nanometres wide
      Geometry view = Slivers.without(OverlayNGRobust.overlay(seen, near, OverlayNG.DIFFERENCE), Slivers.IN_FRAME_METRES);
      return new CameraView(view, ConvexClip.isConvex(view) ? ConvexSum.of((Polygon) view) : null);
    }
    return banded(seen, near, fans(sight, blindPieces(sight.fans(), aim.sectorPieces(inner), at)));
  }

  /** The fans of a walled view less blind pieces within them; null where the sweep gave no fans. */
  private static ConvexSum fans(Visibility.Sight sight, List<Polygon> blind) {
    return sight.fans() == null ? null : ConvexSum.of(sight.fans(), blind);
  }

  /**
   * The blind band's part of a walled view, as convex pieces within its fans: the band's own fans
   * where no wall comes nearer than the band's edge, else their parts within the view's fans.
   */
  private static List<Polygon> blindPieces(List<Polygon> fans, List<Polygon> near, Coordinate at) {
    if (nearestOutline(fans, at) > farthestVertex(near, at)) {
      return near;
    }
    List<Polygon> blind = new ArrayList<>();
    for (Polygon band : near) {
      blind.addAll(ConvexSum.clipped(fans, band));
    }
    return blind;
  }

  /**
   * How near the camera the fans' outer edges come: nearer than that, every ray of the view is
   * clear, so the fans hold the whole of a sector that reaches no farther.
   */
  private static double nearestOutline(List<Polygon> fans, Coordinate camera) {
    double nearest = Double.POSITIVE_INFINITY;
    for (Polygon fan : fans) {
      Coordinate[] ring = fan.getExteriorRing().getCoordinates();
      // the ring runs camera, outline..., camera: the edges between outline vertices
      for (int i = 1; i + 2 < ring.length; i++) {
        nearest = Math.min(nearest, Distance.pointToSegment(camera, ring[i], ring[i + 1]));
      }
    }
    return nearest;
  }

  private static double farthestVertex(List<Polygon> pieces, Coordinate camera) {
    double farthest = 0;
    for (Polygon piece : pieces) {
      for (Coordinate c : piece.getExteriorRing().getCoordinates()) {
        farthest = Math.max(farthest, c.distance(camera));
      }
    }
    return farthest;
  }

  /** What the camera sees: a polygon (possibly empty, or several where walls split the band). */
  public Geometry shape() {
    Geometry cut = shape;
    if (cut == null) {
      // two threads may both cut it: the overlay gives both the same shape
      cut = Slivers.without(OverlayNGRobust.overlay(seen, blind, OverlayNG.DIFFERENCE), Slivers.IN_FRAME_METRES);
      cut.getEnvelopeInternal();
      shape = cut;
    }
    return cut;
  }

  /**
   * An envelope the view lies within: its shape's, or where that waits for an overlay, the
   * envelope of the view before its blind band is taken away. An index of views may hold it.
   */
  public Envelope envelope() {
    return envelope;
  }

  /** The same ground as convex pieces, or null where walls leave a shape the sweep gave no fans for. */
  public ConvexSum pieces() {
    return pieces;
  }

  /**
   * Whether the pieces are a walled view's fans: several, where an open view has one or two, so
   * that clipping them all to learn whether the view meets an area costs more than a prepared
   * test of its shape.
   */
  public boolean fanned() {
    return fanned;
  }

  /**
   * How far a view at a quality reaches: its {@link #rangeMetres}, or less where the upper edge of
   * the image meets the ground nearer ({@link #farMetres}).
   */
  public static double outerMetres(Camera camera, ImageQuality quality) {
    return Math.min(rangeMetres(camera, quality), farMetres(camera));
  }

  /** The distance out to which a camera reaches a quality; {@code range_m} for null. */
  public static double rangeMetres(Camera camera, ImageQuality quality) {
    return quality == null
        ? camera.rangeMetres()
        : quality.rangeMetres(camera.rangeMetres(), camera.resolutionH(), camera.hfovDegrees());
  }

  /**
   * The vertical angle of view: the survey's {@code vfov}, else that of a 16:9 sensor with the
   * camera's horizontal angle, 2·atan(tan(hfov/2)·9/16). A lens of 180° or more (a fisheye) sees
   * the hemisphere: 180°.
   */
  public static double vfovDegrees(Camera camera) {
    if (camera.vfovDegrees() != null) {
      return camera.vfovDegrees();
    }
    if (camera.hfovDegrees() >= 180) {
      return 180;
    }
    return 2 * Math.toDegrees(Math.atan(Math.tan(Math.toRadians(camera.hfovDegrees() / 2)) * 9 / 16));
  }

  /**
   * Where the lower edge of the image meets the ground, h / tan(tilt + vfov/2): the ground
   * nearer than this is under the camera and unseen. Zero without a height and tilt, or when the
   * lower edge looks straight down or behind.
   */
  public static double nearMetres(Camera camera) {
    if (camera.heightMetres() == null || camera.tiltDegrees() == null) {
      return 0;
    }
    double lower = camera.tiltDegrees() + vfovDegrees(camera) / 2;
    return lower >= 90 ? 0 : camera.heightMetres() / Math.tan(Math.toRadians(lower));
  }

  /**
   * Where the upper edge of the image meets the ground, h / tan(tilt − vfov/2); unbounded when
   * the upper edge is at or above the horizon, or without a height and tilt.
   */
  public static double farMetres(Camera camera) {
    if (camera.heightMetres() == null || camera.tiltDegrees() == null) {
      return Double.POSITIVE_INFINITY;
    }
    double upper = camera.tiltDegrees() - vfovDegrees(camera) / 2;
    return upper <= 0 ? Double.POSITIVE_INFINITY : camera.heightMetres() / Math.tan(Math.toRadians(upper));
  }
}
