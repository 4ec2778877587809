package org.camsurvey.rules;

import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.Visibility;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What a camera sees on the ground, in the survey's frame: the sector out to the distance where
 * it still reaches an image quality, cut to the ground band its height and tilt allow, less
 * what walls hide.
 */
public final class CameraView {
  private CameraView() {}

  /**
   * The camera's view.
   *
   * @param quality the image quality it must reach, or null for everything it sees at all
   * @param walls the survey's walls and buildings
   * @return a polygon (possibly empty, or several where walls split the band)
   */
  public static Geometry of(LocalFrame frame, Camera camera, ImageQuality quality, WallIndex walls) {
    Coordinate at = camera.location().getCoordinate();
    double outer = Math.min(rangeMetres(camera, quality), farMetres(camera));
    double inner = nearMetres(camera);
    if (!(outer > inner)) {
      return frame.geometryFactory().createPolygon();
    }
    Polygon sector = FieldOfView.sector(frame, at, camera.headingDegrees(), camera.hfovDegrees(), outer);
    Geometry view = walls.isEmpty()
        ? sector
        : Visibility.clip(sector, at, camera.isAllRound(), walls.near(sector.getEnvelopeInternal()));
    if (inner > 0 && !view.isEmpty()) {
      Polygon blind = FieldOfView.sector(frame, at, camera.headingDegrees(), camera.hfovDegrees(), inner);
      view = OverlayNGRobust.overlay(view, blind, OverlayNG.DIFFERENCE);
    }
    return view;
  }

  /**
   * Whether a view is the plain convex sector the camera's angle makes: at most 180°, no blind
   * band under the camera, and no wall in the way. Only such a view can be tested for holding an
   * area by its vertices alone ({@link #holdsWhole}).
   */
  public static boolean isConvexSector(Camera camera, Geometry view, WallIndex walls) {
    return camera.hfovDegrees() <= 180 && nearMetres(camera) == 0 && view instanceof Polygon
        && (walls.isEmpty() || walls.near(view.getEnvelopeInternal()).isEmpty());
  }

  /**
   * Whether a convex view takes in the whole of an area, decided without an overlay: a convex
   * view holds the area exactly when it holds every vertex of the area's outline.
   */
  public static boolean holdsWhole(Polygon convexView, Geometry area) {
    if (!convexView.getEnvelopeInternal().covers(area.getEnvelopeInternal())) {
      return false;
    }
    Coordinate[] ring = convexView.getExteriorRing().getCoordinates();
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon part = (Polygon) area.getGeometryN(i);
      for (Coordinate c : part.getExteriorRing().getCoordinates()) {
        if (RayCrossingCounter.locatePointInRing(c, ring) == Location.EXTERIOR) {
          return false;
        }
      }
    }
    return true;
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
