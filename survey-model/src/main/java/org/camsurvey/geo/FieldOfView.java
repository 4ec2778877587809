package org.camsurvey.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a camera's field of view: the ground points within a geodesic distance of the camera
 * whose true azimuth from it lies within half the angle of view of the heading.
 *
 * <p>Boundary points are solved on the WGS 84 ellipsoid (Karney's geodesics) and then placed in
 * the local frame, so neither grid convergence nor scale of the input's projection enters.
 * Between them the arc is a chord: vertices are close enough that a chord strays at most
 * {@value #CHORD_TOLERANCE_METRES} m inside the true arc, whatever the range.
 */
public final class FieldOfView {
  /** The most a chord of the arc may fall short of the true boundary, metres. */
  public static final double CHORD_TOLERANCE_METRES = 0.01;

  private static final double MAX_STEP_RADIANS = Math.toRadians(2);
  private static final int ARC_MASK = GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE;

  private FieldOfView() {}

  /**
   * The sector (or, for 360°, the disc) a camera sees, in the frame's coordinates.
   *
   * @param frame the survey's frame
   * @param camera the camera's position in the frame
   * @param headingDegrees true-north azimuth of the optical axis
   * @param hfovDegrees angle of view, 0 &lt; a ≤ 360
   * @param rangeMetres geodesic range, &gt; 0
   */
  public static Polygon sector(
      LocalFrame frame, Coordinate camera, double headingDegrees, double hfovDegrees, double rangeMetres) {
    double[] origin = frame.toLonLat(camera.x, camera.y);
    boolean disc = hfovDegrees >= 360;
    double span = disc ? 360 : hfovDegrees;
    int steps = stepsFor(span, rangeMetres);
    double start = disc ? headingDegrees : headingDegrees - hfovDegrees / 2;
    Coordinate[] ring;
    int k = 0;
    if (disc) {
      ring = new Coordinate[steps + 1];
    } else {
      ring = new Coordinate[steps + 3];
      ring[k++] = camera.copy();
    }
    for (int i = 0; i <= steps; i++) {
      if (disc && i == steps) {
        break;
      }
      double azimuth = start + span * i / steps;
      GeodesicData end = Geodesic.WGS84.Direct(origin[1], origin[0], azimuth, rangeMetres, ARC_MASK);
      ring[k++] = frame.fromLonLat(end.lon2, end.lat2);
    }
    ring[k] = ring[0].copy();
    return frame.geometryFactory().createPolygon(ring);
  }

  /** How many chords the arc needs so that none strays more than the tolerance from it. */
  static int stepsFor(double spanDegrees, double rangeMetres) {
    double step = Math.min(MAX_STEP_RADIANS, Math.sqrt(8 * CHORD_TOLERANCE_METRES / rangeMetres));
    return Math.max(disc(spanDegrees) ? 8 : 1, (int) Math.ceil(Math.toRadians(spanDegrees) / step));
  }

  private static boolean disc(double spanDegrees) {
    return spanDegrees >= 360;
  }
}
