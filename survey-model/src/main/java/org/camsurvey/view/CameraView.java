package org.camsurvey.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.camsurvey.geo.ConvexClip;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.Visibility;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.locationtech.jts.geom.Coordinate;
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

  private final Geometry shape;
  private final ConvexSum pieces;

  private CameraView(Geometry shape, ConvexSum pieces) {
    BUILT.increment();
    this.shape = shape;
    this.pieces = pieces;
    // Every rule asks for the envelope (the index of views, the forbidden zones' candidates):
    // worked out now, while the vertices are fresh in the cache, not later from main memory.
    shape.getEnvelopeInternal();
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
    Polygon seen = Visibility.clip(sector, at, camera.isAllRound(), walls.near(sector.getEnvelopeInternal()));
    if (seen == sector) {
      return new CameraView(band.shape(), band.pieces());
    }
    Geometry view = seen;
    if (inner > 0 && !view.isEmpty()) {
      view = OverlayNGRobust.overlay(view, aim.sector(inner), OverlayNG.DIFFERENCE);
    }
    return new CameraView(view, ConvexClip.isConvex(view) ? ConvexSum.of((Polygon) view) : null);
  }

  /** What the camera sees: a polygon (possibly empty, or several where walls split the band). */
  public Geometry shape() {
    return shape;
  }

  /** The same ground as convex pieces, or null where walls leave a shape that is not convex. */
  public ConvexSum pieces() {
    return pieces;
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
