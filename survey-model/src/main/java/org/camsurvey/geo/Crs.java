package org.camsurvey.geo;

import java.util.Locale;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;
import org.locationtech.proj4j.proj.TransverseMercatorProjection;

/**
 * A coordinate reference system the input comes in, able to turn its coordinates into WGS 84
 * longitude and latitude.
 *
 * <p>Transverse Mercator CRSs (Gauss-Krüger, UTM) are projected with {@link TransverseMercator}
 * rather than proj4j's series, which loses accuracy far from the central meridian. CGCS2000 is
 * taken as WGS 84 (they differ by centimetres); a CRS whose datum proj4j knows a shift for
 * (Xi'an 1980, Beijing 1954 with +towgs84) is shifted to WGS 84.
 */
public final class Crs {
  private static final CRSFactory FACTORY = new CRSFactory();

  private final String name;
  private final CoordinateReferenceSystem definition;
  private final TransverseMercator transverseMercator;
  private final CoordinateTransform datumShift;
  private final CoordinateTransform datumShiftBack;

  private Crs(String name, CoordinateReferenceSystem definition) {
    this.name = name;
    this.definition = definition;
    Projection projection = definition.getProjection();
    if (projection instanceof TransverseMercatorProjection && projection.getFromMetres() == 1.0) {
      transverseMercator =
          new TransverseMercator(
              projection.getEllipsoid().getA(),
              flattening(projection.getEllipsoid().getEccentricitySquared()),
              projection.getScaleFactor());
    } else {
      transverseMercator = null;
    }
    if (definition.getDatum().hasTransformToWGS84()) {
      CoordinateReferenceSystem geographic = definition.createGeographic();
      CoordinateReferenceSystem wgs84 = FACTORY.createFromName("EPSG:4326");
      datumShift = new BasicCoordinateTransform(geographic, wgs84);
      datumShiftBack = new BasicCoordinateTransform(wgs84, geographic);
    } else {
      datumShift = null;
      datumShiftBack = null;
    }
  }

  /** WGS 84 longitude and latitude (EPSG:4326 in lon/lat order, as GeoJSON has it). */
  public static Crs wgs84() {
    return Wgs84Holder.INSTANCE;
  }

  /**
   * Reads a CRS as users write it: {@code EPSG:4545}, {@code 4545}, {@code
   * urn:ogc:def:crs:EPSG::4545}, {@code CRS84}, or a PROJ string ({@code +proj=tmerc …}).
   *
   * @throws IllegalArgumentException naming what was not understood
   */
  public static Crs parse(String text) {
    String t = text.trim();
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.isEmpty()) {
      throw new IllegalArgumentException("empty CRS");
    }
    if (upper.endsWith("CRS84") || upper.endsWith("CRS:84")) {
      return wgs84();
    }
    try {
      if (t.startsWith("+")) {
        return new Crs(t, FACTORY.createFromParameters("custom", t));
      }
      String code = epsgCode(upper);
      if (code == null) {
        throw new IllegalArgumentException("not a CRS: '" + t + "' (expected EPSG:code or a PROJ string)");
      }
      if (code.equals("4326")) {
        return wgs84();
      }
      return new Crs("EPSG:" + code, FACTORY.createFromName("EPSG:" + code));
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown CRS '" + t + "': " + e.getMessage(), e);
    }
  }

  private static String epsgCode(String upper) {
    String digits;
    if (upper.matches("\\d+")) {
      digits = upper;
    } else if (upper.matches("EPSG:+\\d+")) {
      digits = upper.substring(upper.lastIndexOf(':') + 1);
    } else if (upper.matches("URN:OGC:DEF:CRS:EPSG:[\\d.]*:\\d+")) {
      digits = upper.substring(upper.lastIndexOf(':') + 1);
    } else if (upper.matches("HTTPS?://WWW\\.OPENGIS\\.NET/DEF/CRS/EPSG/\\d+/\\d+")) {
      digits = upper.substring(upper.lastIndexOf('/') + 1);
    } else {
      return null;
    }
    return digits.replaceFirst("^0+(?=\\d)", "");
  }

  public String name() {
    return name;
  }

  public boolean isGeographic() {
    return Boolean.TRUE.equals(definition.isGeographic());
  }

  /**
   * Turns a coordinate of this CRS into WGS 84.
   *
   * @return {longitude, latitude} in degrees; NaN where the coordinate has none (it lies outside
   *     the projection's reach), rather than an exception from proj4j
   */
  public double[] toLonLat(double x, double y) {
    double lon;
    double lat;
    Projection projection = definition.getProjection();
    if (isGeographic()) {
      lon = x;
      lat = y;
    } else if (transverseMercator != null) {
      double[] ll =
          transverseMercator.inverse(
              x - projection.getFalseEasting(),
              y - projection.getFalseNorthing() + northingOfOrigin(projection));
      lon = ll[0] + projection.getProjectionLongitudeDegrees();
      lat = ll[1];
    } else {
      ProjCoordinate out = new ProjCoordinate();
      try {
        projection.inverseProjectRadians(
            new ProjCoordinate(x, y), out);
      } catch (Proj4jException outOfReach) {
        return new double[] {Double.NaN, Double.NaN};
      }
      lon = Math.toDegrees(out.x);
      lat = Math.toDegrees(out.y);
    }
    if (!Double.isFinite(lon) || !(Math.abs(lat) <= 90)) {
      // proj4j's datum shift throws on such a latitude.
      return new double[] {Double.NaN, Double.NaN};
    }
    if (datumShift != null) {
      ProjCoordinate shifted = new ProjCoordinate();
      // proj4j's transforms keep their working coordinates in fields: one thread at a time.
      synchronized (datumShift) {
        datumShift.transform(new ProjCoordinate(lon, lat), shifted);
      }
      lon = shifted.x;
      lat = shifted.y;
    }
    return new double[] {lon, lat};
  }

  /**
   * Turns WGS 84 longitude and latitude into this CRS; the inverse of {@link #toLonLat}.
   *
   * @return {x, y}; NaN where the point has none in this CRS
   */
  public double[] fromLonLat(double lon, double lat) {
    if (!Double.isFinite(lon) || !(Math.abs(lat) <= 90)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    if (datumShiftBack != null) {
      ProjCoordinate shifted = new ProjCoordinate();
      synchronized (datumShiftBack) {
        datumShiftBack.transform(new ProjCoordinate(lon, lat), shifted);
      }
      lon = shifted.x;
      lat = shifted.y;
    }
    Projection projection = definition.getProjection();
    if (isGeographic()) {
      return new double[] {lon, lat};
    }
    if (transverseMercator != null) {
      double[] en = transverseMercator.forward(lon - projection.getProjectionLongitudeDegrees(), lat);
      return new double[] {
        en[0] + projection.getFalseEasting(),
        en[1] + projection.getFalseNorthing() - northingOfOrigin(projection)
      };
    }
    ProjCoordinate out = new ProjCoordinate();
    try {
      projection.projectRadians(new ProjCoordinate(Math.toRadians(lon), Math.toRadians(lat)), out);
    } catch (Proj4jException outOfReach) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {out.x, out.y};
  }

  private double northingOfOrigin(Projection projection) {
    double lat0 = projection.getProjectionLatitudeDegrees();
    return lat0 == 0 ? 0 : transverseMercator.forward(0, lat0)[1];
  }

  private static double flattening(double eccentricitySquared) {
    return 1 - Math.sqrt(1 - eccentricitySquared);
  }

  @Override
  public String toString() {
    return name;
  }

  private static final class Wgs84Holder {
    static final Crs INSTANCE = new Crs("EPSG:4326", FACTORY.createFromName("EPSG:4326"));
  }
}
