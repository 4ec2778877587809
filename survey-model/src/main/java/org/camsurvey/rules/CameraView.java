package org.camsurvey.rules;

import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Camera;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/** What a camera sees on the ground, at a given image quality, in the survey's frame. */
public final class CameraView {
  private CameraView() {}

  /**
   * The camera's field of view out to the distance at which it still reaches the quality.
   *
   * @param quality the quality, or null for everything the camera sees at all ({@code range_m})
   */
  public static Polygon of(LocalFrame frame, Camera camera, ImageQuality quality) {
    return FieldOfView.sector(
        frame, camera.location().getCoordinate(), camera.headingDegrees(), camera.hfovDegrees(),
        rangeMetres(camera, quality));
  }

  /**
   * Whether a view takes in the whole of an area, decided without an overlay: a view of at most
   * 180° is convex, so it holds the area exactly when it holds every vertex of the area's
   * outline. Wider views are never decided here (false), and the caller overlays as usual.
   */
  public static boolean holdsWhole(Polygon view, double hfovDegrees, Geometry area) {
    if (hfovDegrees > 180 || !view.getEnvelopeInternal().covers(area.getEnvelopeInternal())) {
      return false;
    }
    Coordinate[] ring = view.getExteriorRing().getCoordinates();
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
}
