package org.camsurvey.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The survey's metric frame: a transverse Mercator on WGS 84 whose central meridian and origin
 * lie at the survey's centre, in metres east and north of that centre.
 *
 * <p>Fields of view are built from geodesics and only then placed in this frame, so ranges and
 * true-north headings are exact whatever frame the data came in. The frame is conformal, so a
 * geometry's shape is kept; its scale grows away from the central meridian (by 1 + x²/2R²,
 * 0.08 % at 250 km, 8 % at 2 600 km, China's far west from its middle), which {@link #groundArea}
 * takes back out of measured areas: exactly, as the ellipsoid's area.
 */
public final class LocalFrame {
  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_F = 1 / 298.257223563;
  private static final TransverseMercator PROJECTION = new TransverseMercator(WGS84_A, WGS84_F, 1.0);
  /** About a tenth of a millimetre, in degrees: parts of a repaired polygon thinner than this are rounding. */
  private static final double SLIVER_DEGREES = 1e-9;
  /**
   * Up to this width and height a geometry's ground area is its frame area over the square of
   * the scale at its centroid: the scale is linear across it but for a curvature that errs by
   * (width/R)²/12, 2e-7 here. A larger one is measured on the ellipsoid.
   */
  private static final double CENTROID_SCALE_METRES = 10_000;
  /** The earth's least radius of curvature (the meridian's at the equator), for bounds. */
  private static final double LEAST_RADIUS_METRES = 6_335_000;

  private final double centralLongitude;
  private final double originNorthing;
  private final GeometryFactory geometryFactory = new GeometryFactory();

  private LocalFrame(double centralLongitude, double originLatitude) {
    this.centralLongitude = centralLongitude;
    this.originNorthing = PROJECTION.forward(0, originLatitude)[1];
  }

  /** A frame centred on a WGS 84 longitude and latitude. */
  public static LocalFrame around(double longitude, double latitude) {
    if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) < 85)) {
      throw new IllegalArgumentException("no local frame at lon " + longitude + ", lat " + latitude);
    }
    return new LocalFrame(longitude, latitude);
  }

  public double centralLongitude() {
    return centralLongitude;
  }

  /** The factory every geometry of this frame is made with. */
  public GeometryFactory geometryFactory() {
    return geometryFactory;
  }

  public Coordinate fromLonLat(double longitude, double latitude) {
    double[] en = PROJECTION.forward(longitude - centralLongitude, latitude);
    return new Coordinate(en[0], en[1] - originNorthing);
  }

  /** @return {longitude, latitude} in WGS 84 degrees */
  public double[] toLonLat(double x, double y) {
    double[] ll = PROJECTION.inverse(x, y + originNorthing);
    return new double[] {ll[0] + centralLongitude, ll[1]};
  }

  /** A copy of a frame geometry in WGS 84 longitude and latitude, for writing it out. */
  public Geometry toLonLat(Geometry frameGeometry) {
    Geometry lonLat = Reprojection.copy(frameGeometry, this::toLonLat);
    if (lonLat instanceof Polygonal && !lonLat.isValid() && frameGeometry.isValid()) {
      // A vertex a hair from an edge in the frame (a view cut by walls and its blind band) can
      // cross it once rounded to degrees: a self-intersection of nanometres, which GIS tools
      // refuse. Repaired, without the slivers the repair splits off.
      return Slivers.without(GeometryFixer.fix(lonLat), SLIVER_DEGREES);
    }
    return lonLat;
  }

  /** A copy of a WGS 84 longitude-latitude geometry in this frame. */
  public Geometry fromLonLat(Geometry lonLatGeometry) {
    return geometryFactory.createGeometry(Reprojection.copy(lonLatGeometry, (lon, lat) -> {
      Coordinate c = fromLonLat(lon, lat);
      return new double[] {c.x, c.y};
    }));
  }

  /**
   * Turns an area measured in this frame around a point into square metres on the ground.
   *
   * @param frameArea the area in the frame's square units
   * @param at a point of the measured geometry (its centroid, say)
   */
  public double groundArea(double frameArea, Coordinate at) {
    double k = scaleAt(at.x, at.y);
    return frameArea / (k * k);
  }

  /** The frame's point scale factor at a frame point: frame lengths there over ground lengths. */
  public double scaleAt(double x, double y) {
    double[] ll = toLonLat(x, y);
    return PROJECTION.scaleAt(ll[0] - centralLongitude, ll[1]);
  }

  /**
   * The frame's linear map of the ground around a frame point: how far a metre east and a metre
   * north on the ground move the point in the frame, a rotation by the meridian convergence and
   * a scale by the point scale factor, the projection being conformal.
   *
   * @return {x per metre east, y per metre east, x per metre north, y per metre north}
   */
  public double[] perGroundMetre(double x, double y) {
    double[] ll = toLonLat(x, y);
    double[] scaleAndConvergence = PROJECTION.scaleAndConvergence(ll[0] - centralLongitude, ll[1]);
    double k = scaleAndConvergence[0];
    double cos = k * Math.cos(scaleAndConvergence[1]);
    double sin = k * Math.sin(scaleAndConvergence[1]);
    return new double[] {cos, sin, -sin, cos};
  }

  /**
   * A frame geometry's area on the WGS 84 ellipsoid, in square metres, as GeographicLib's {@code
   * PolygonArea} gives it for its vertices (to 1e-6 and better): a small geometry by the scale at
   * its centroid, a large one (a district's, a province's zone) on the ellipsoid itself.
   */
  public double groundArea(Geometry frameGeometry) {
    // an overlay may give the lines and points where its inputs touch beside the polygons
    if (frameGeometry.isEmpty() || !(frameGeometry.getArea() > 0)) {
      return 0;
    }
    if (measuredAtCentroid(frameGeometry.getEnvelopeInternal())) {
      return groundArea(frameGeometry.getArea(), frameGeometry.getCentroid().getCoordinate());
    }
    double area = 0;
    for (Object polygon : org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(frameGeometry)) {
      Polygon p = (Polygon) polygon;
      area += ellipsoidArea(p.getExteriorRing().getCoordinateSequence());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        area -= ellipsoidArea(p.getInteriorRingN(h).getCoordinateSequence());
      }
    }
    return area;
  }

  /**
   * Whether {@link #groundArea(Geometry)} measures a geometry within this envelope as its frame
   * area at the scale of its centroid ({@link #groundArea(double, Coordinate)}), so that its area
   * and centroid are all it needs of the geometry.
   */
  public boolean measuredAtCentroid(Envelope e) {
    return Math.max(e.getWidth(), e.getHeight()) <= CENTROID_SCALE_METRES;
  }

  private double ellipsoidArea(CoordinateSequence ring) {
    PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
    // the closing point repeats the first: PolygonArea closes the ring itself
    for (int i = 0; i < ring.size() - 1; i++) {
      double[] ll = toLonLat(ring.getX(i), ring.getY(i));
      polygon.AddPoint(ll[1], ll[0]);
    }
    return Math.abs(polygon.Compute(false, true).area);
  }

  /**
   * How much the frame's area scale varies over an envelope, relative to its least there: ratios
   * of frame areas within the envelope (a zone's share seen) are ratios of ground areas to within
   * this. Grows with the distance from the central meridian: 1e-6 for 100 m at 30 km.
   */
  public double areaScaleSpread(Envelope e) {
    double near = e.getMinX() <= 0 && e.getMaxX() >= 0 ? 0 : Math.min(Math.abs(e.getMinX()), Math.abs(e.getMaxX()));
    double far = Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX()));
    return (far * far - near * near) / (LEAST_RADIUS_METRES * LEAST_RADIUS_METRES);
  }
}
