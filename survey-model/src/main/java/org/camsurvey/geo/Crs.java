package org.camsurvey.geo;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.locationtech.proj4j.io.Proj4FileReader;
import org.locationtech.proj4j.proj.Projection;
import org.locationtech.proj4j.proj.TransverseMercatorProjection;

/**
 * A coordinate reference system the input comes in, able to turn its coordinates into WGS 84
 * longitude and latitude.
 *
 * <p>Transverse Mercator CRSs (Gauss-Krüger, UTM) are projected with {@link TransverseMercator}
 * rather than proj4j's series, which loses accuracy far from the central meridian.
 *
 * <p>Its datum is one of three kinds ({@link DatumRelation}): WGS 84 or a datum on its ellipsoid
 * or GRS 80's that has no shift from it (CGCS2000, NAD83, ETRS89: within a metre or two), taken as
 * WGS 84; a datum with a shift (the EPSG data's {@code +towgs84}, a {@code .prj}'s {@code
 * TOWGS84}, or the user's), applied; or a datum nothing gives a shift for (Xi'an 1980), which the
 * importer refuses unless told what to do.
 */
public final class Crs {
  private static final CRSFactory FACTORY = new CRSFactory();
  /**
   * The EPSG definitions read so far, by name: proj4j reads its whole EPSG file again for every
   * name it is asked for, and a batch over a city's GeoPackages asks for each layer of each
   * (0.2 s of CPU a district).
   */
  private static final Map<String, String[]> EPSG_PARAMETERS = new ConcurrentHashMap<>();
  private static final double ARC_SECOND = Math.PI / 180 / 3600;

  /** How a CRS's datum comes to WGS 84. */
  public enum DatumRelation {
    /** WGS 84, or a datum on its ellipsoid or GRS 80's with no shift from it: taken as WGS 84. */
    AS_WGS84,
    /** Shifted to WGS 84 by the parameters {@link #datumShift()} gives. */
    SHIFTED,
    /** Nothing gives a shift to WGS 84: as it stands, tens to hundreds of metres off. */
    UNKNOWN
  }

  private final String name;
  /** The datum's name where the definition's text gave it (a .prj's), else null. */
  private final String givenDatumName;
  private volatile Crs lastShifted;
  private final CoordinateReferenceSystem definition;
  private final TransverseMercator transverseMercator;
  /**
   * The transverse Mercator's northing at its latitude of origin (0 on the equator), worked out
   * once: every point read or written in the CRS needs it.
   */
  private final double northingOfOrigin;
  private final CoordinateTransform datumShift;
  private final CoordinateTransform datumShiftBack;
  /** Shifts EPSG publishes for parts of the datum's area, used there as PROJ uses them. */
  private final java.util.List<RegionalDatumShift> regionalShifts;

  private Crs(String name, CoordinateReferenceSystem definition) {
    this(name, definition, null);
  }

  private Crs(String name, CoordinateReferenceSystem definition, String givenDatumName) {
    this.name = name;
    this.definition = definition;
    this.givenDatumName = givenDatumName;
    Projection projection = definition.getProjection();
    if (projection instanceof TransverseMercatorProjection && projection.getFromMetres() == 1.0) {
      transverseMercator =
          new TransverseMercator(
              projection.getEllipsoid().getA(),
              flattening(projection.getEllipsoid().getEccentricitySquared()),
              projection.getScaleFactor());
      double lat0 = projection.getProjectionLatitudeDegrees();
      northingOfOrigin = lat0 == 0 ? 0 : transverseMercator.forward(0, lat0)[1];
    } else {
      transverseMercator = null;
      northingOfOrigin = 0;
    }
    if (definition.getDatum().hasTransformToWGS84()) {
      CoordinateReferenceSystem geographic = definition.createGeographic();
      CoordinateReferenceSystem wgs84 = fromEpsg("EPSG:4326");
      datumShift = new BasicCoordinateTransform(geographic, wgs84);
      datumShiftBack = new BasicCoordinateTransform(wgs84, geographic);
      regionalShifts = RegionalDatumShift.of(definition.getDatum().getEllipsoid().getA(),
          definition.getDatum().getTransformToWGS84());
    } else {
      datumShift = null;
      datumShiftBack = null;
      regionalShifts = java.util.List.of();
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
      return new Crs("EPSG:" + code, fromEpsg("EPSG:" + code));
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown CRS '" + t + "': " + e.getMessage(), e);
    }
  }

  /** An EPSG code's definition, as {@code CRSFactory.createFromName} builds it, read once. */
  private static CoordinateReferenceSystem fromEpsg(String name) {
    String[] parameters = EPSG_PARAMETERS.computeIfAbsent(name, n -> new Proj4FileReader().getParameters(n));
    if (parameters == null) {
      throw new UnknownAuthorityCodeException(name);
    }
    return FACTORY.createFromParameters(name, parameters.clone());
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

  /**
   * The shift to WGS 84 the EPSG data proj4j ships gives a datum, found by the name a {@code .prj}
   * calls it ({@code D_MGI}, {@code GCS_Beijing_1954}) on an ellipsoid of the semi-major axis given.
   *
   * @return {@code +towgs84=…} with the EPSG code it comes from, or empty where the data has none
   */
  public static java.util.Optional<String[]> epsgShift(double semiMajor, String... datumNames) {
    for (String datumName : datumNames) {
      java.util.Optional<Integer> code = EpsgNames.geographicNamed(datumName);
      if (code.isPresent()) {
        Crs geographic = parse("EPSG:" + code.get());
        if (Math.abs(geographic.definition.getDatum().getEllipsoid().getA() - semiMajor) < 0.01
            && geographic.datumShift() != null) {
          return java.util.Optional.of(new String[] {geographic.datumShift(), "EPSG:" + code.get()});
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The same CRS, its datum called by the name a {@code .prj} gives it. */
  public Crs withDatumName(String datumName) {
    return new Crs(name, definition, datumName);
  }

  public DatumRelation datumRelation() {
    if (definition.getDatum().hasTransformToWGS84()) {
      return DatumRelation.SHIFTED;
    }
    double a = definition.getDatum().getEllipsoid().getA();
    double b = definition.getDatum().getEllipsoid().getB();
    // WGS 84's and GRS 80's semi-minor axes differ by a tenth of a millimetre
    return Math.abs(a - 6_378_137) < 0.01 && Math.abs(b - 6_356_752.3142) < 0.01
        ? DatumRelation.AS_WGS84 : DatumRelation.UNKNOWN;
  }

  /** The datum's name: as the .prj or the EPSG data names it, else PROJ's, else its ellipsoid's. */
  public String datumName() {
    if (givenDatumName != null) {
      return givenDatumName;
    }
    if (name.matches("EPSG:\\d+")) {
      java.util.Optional<String> epsg = EpsgNames.datumOf(Integer.parseInt(name.substring(5)));
      if (epsg.isPresent()) {
        return epsg.get();
      }
    }
    String datum = definition.getDatum().getName();
    if (datum != null && !datum.startsWith("User")) {
      return datum;
    }
    return "the ellipsoid a=" + num(definition.getDatum().getEllipsoid().getA()) + " b="
        + num(definition.getDatum().getEllipsoid().getB());
  }

  /**
   * The shift applied to WGS 84 as PROJ writes it: {@code +towgs84=dx,dy,dz[,rx,ry,rz,ds]} in
   * metres, arc-seconds and parts per million; null where none is.
   */
  public String datumShift() {
    double[] p = definition.getDatum().getTransformToWGS84();
    if (datumRelation() != DatumRelation.SHIFTED || p == null) {
      return null;
    }
    StringBuilder b = new StringBuilder("+towgs84=").append(num(p[0])).append(',').append(num(p[1])).append(',')
        .append(num(p[2]));
    if (p.length == 7) {
      // back from proj4j's radians and scale, to PROJ's arc-seconds and ppm (to a nanosecond of arc)
      b.append(',').append(num(nano(p[3] / ARC_SECOND))).append(',').append(num(nano(p[4] / ARC_SECOND)))
          .append(',').append(num(nano(p[5] / ARC_SECOND))).append(',').append(num(nano((p[6] - 1) * 1e6)));
    }
    return b.toString();
  }

  /**
   * The shift as the import summary says it: {@link #datumShift()}, and the regional shifts used
   * instead where their areas hold a point (Beijing 1954's); null where none is applied.
   */
  public String datumShiftDescription() {
    String shift = datumShift();
    if (shift == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(shift);
    for (RegionalDatumShift regional : regionalShifts) {
      if (!regional.towgs84().equals(shift.substring("+towgs84=".length()))) {
        b.append("; EPSG:").append(regional.epsgCode()).append("'s +towgs84=").append(regional.towgs84())
            .append(" within ").append(num(regional.south())).append("–").append(num(regional.north()))
            .append("°N ").append(num(regional.west())).append("–").append(num(regional.east())).append("°E");
      }
    }
    return b.toString();
  }

  /**
   * The same projection and ellipsoid, shifted to WGS 84 by the parameters given, as PROJ's
   * {@code +towgs84}: dx, dy, dz in metres, then optionally rx, ry, rz in arc-seconds and ds in
   * parts per million (position vector).
   */
  public Crs withTowgs84(double... parameters) {
    if (parameters.length != 3 && parameters.length != 7) {
      throw new IllegalArgumentException("a datum shift has 3 or 7 parameters, not " + parameters.length);
    }
    Crs last = lastShifted;
    String towgs84 = "+towgs84=" + java.util.Arrays.stream(parameters).mapToObj(Crs::num)
        .collect(java.util.stream.Collectors.joining(","));
    if (last != null && last.name.equals(name + " " + towgs84)) {
      return last;
    }
    StringBuilder proj = new StringBuilder();
    for (String parameter : definition.getParameters()) {
      if (!parameter.matches("\\+(datum|towgs84|ellps|a|b|rf|f|R|nadgrids)=.*")) {
        proj.append(parameter).append(' ');
      }
    }
    proj.append("+a=").append(num(definition.getDatum().getEllipsoid().getA()))
        .append(" +b=").append(num(definition.getDatum().getEllipsoid().getB())).append(' ').append(towgs84);
    Crs shifted = new Crs(name + " " + towgs84, FACTORY.createFromParameters("custom", proj.toString()),
        datumName());
    lastShifted = shifted;
    return shifted;
  }

  private static double nano(double v) {
    return Math.round(v * 1e9) / 1e9;
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
              y - projection.getFalseNorthing() + northingOfOrigin);
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
      RegionalDatumShift regional = RegionalDatumShift.at(regionalShifts, lon, lat);
      CoordinateTransform shift = regional != null ? regional.to() : datumShift;
      // proj4j's transforms keep their working coordinates in fields: one thread at a time.
      synchronized (shift) {
        shift.transform(new ProjCoordinate(lon, lat), shifted);
      }
      lon = shifted.x;
      lat = shifted.y;
    }
    return new double[] {lon, lat};
  }

  /**
   * Whether {@link #toLonLat} of a point surely comes back to it through {@link #fromLonLat}:
   * a transverse Mercator without a datum shift, the point within 500 km of the central meridian
   * and 9 000 km of the equator, where Krüger's series is good to nanometres (Karney 2011: 5 nm
   * within 3 900 km of the meridian) and the inverse cannot wrap. Only a round trip shows a point
   * far outside the zone, and on a city's survey the round trips were a third of its projections.
   */
  public boolean roundTripsSurely(double x, double y) {
    if (transverseMercator == null || datumShift != null) {
      return false;
    }
    Projection projection = definition.getProjection();
    return Math.abs(x - projection.getFalseEasting()) < 500_000
        && Math.abs(y - projection.getFalseNorthing() + northingOfOrigin) < 9_000_000;
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
      // the area judged in WGS 84, a hundred metres from the datum's own: as good for a bounding box
      RegionalDatumShift regional = RegionalDatumShift.at(regionalShifts, lon, lat);
      CoordinateTransform shift = regional != null ? regional.back() : datumShiftBack;
      synchronized (shift) {
        shift.transform(new ProjCoordinate(lon, lat), shifted);
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
        en[1] + projection.getFalseNorthing() - northingOfOrigin
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

  private static double flattening(double eccentricitySquared) {
    return 1 - Math.sqrt(1 - eccentricitySquared);
  }

  @Override
  public String toString() {
    return name;
  }

  private static final class Wgs84Holder {
    static final Crs INSTANCE = new Crs("EPSG:4326", fromEpsg("EPSG:4326"));
  }
}
