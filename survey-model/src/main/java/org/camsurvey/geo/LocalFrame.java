package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
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
 * 0.08 % at 250 km), which {@link #groundArea} takes back out of measured areas.
 */
public final class LocalFrame {
  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_F = 1 / 298.257223563;
  private static final TransverseMercator PROJECTION = new TransverseMercator(WGS84_A, WGS84_F, 1.0);
  /** About a tenth of a millimetre, in degrees: parts of a repaired polygon thinner than this are rounding. */
  private static final double SLIVER_DEGREES = 1e-9;

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
      return withoutSlivers(GeometryFixer.fix(lonLat));
    }
    return lonLat;
  }

  /** The repair's polygons but those thinner (twice the area over the length round) than a tenth of a millimetre. */
  private static Geometry withoutSlivers(Geometry repaired) {
    List<Polygon> kept = new ArrayList<>();
    for (int i = 0; i < repaired.getNumGeometries(); i++) {
      if (repaired.getGeometryN(i) instanceof Polygon p && 2 * p.getArea() / p.getLength() > SLIVER_DEGREES) {
        kept.add(p);
      }
    }
    return kept.size() == 1 ? kept.get(0) : repaired.getFactory().buildGeometry(kept);
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
    double[] ll = toLonLat(at.x, at.y);
    double k = PROJECTION.scaleAt(ll[0] - centralLongitude, ll[1]);
    return frameArea / (k * k);
  }
}
