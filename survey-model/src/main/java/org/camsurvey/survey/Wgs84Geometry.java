package org.camsurvey.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.geo.Crs;
import org.camsurvey.geo.Reprojection;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Polygonal;

/**
 * A layer's geometry in WGS 84: read in its own CRS (with a datum shift where the options give
 * one), edges of projected input densified so they stay straight, and a coordinate outside its
 * CRS's area of use refused with the record it came from.
 */
final class Wgs84Geometry {
  /** Edges of projected input are split to this length before leaving their CRS, so that a
   * straight edge there stays within millimetres of the same edge in the local frame. */
  private static final double DENSIFY_METRES = 100;
  /** A geometry wider or taller than this in a projected CRS is a coordinate typo, not a place a
   * survey draws: Inner Mongolia, China's widest province, is 2 400 km across, and no projected
   * CRS keeps its accuracy over more. The extent judges, not the length: a detailed coastline
   * 90 km across may be 1 000 km long. */
  private static final double MAX_PROJECTED_EXTENT_METRES = 3_000_000;
  /** Densifying adds at most this many vertices to a geometry: a longer one is split in longer
   * steps (a typo inside the extent cannot make a reprojection of millions of vertices). */
  private static final double MAX_DENSIFIED_VERTICES = 100_000;

  private Wgs84Geometry() {}

  /**
   * The CRS a layer's coordinates are read in: its own, shifted by {@code --towgs84} where its
   * datum is not WGS 84's; one on a datum no shift is known for is refused unless {@code
   * --accept-datum} takes it as it stands.
   */
  static Crs datumResolved(RawLayer layer, ImportOptions options) {
    Crs crs = layer.crs();
    if (crs == null || crs.datumRelation() == Crs.DatumRelation.AS_WGS84) {
      return crs;
    }
    if (!options.towgs84().isEmpty()) {
      return crs.withTowgs84(options.towgs84().stream().mapToDouble(Double::doubleValue).toArray());
    }
    if (crs.datumRelation() == Crs.DatumRelation.UNKNOWN && !options.acceptDatum()) {
      throw new InputException(layer.file(), layer.name(), null, null, "is on the datum " + crs.datumName()
          + " (" + crs.name() + "), for which the EPSG data camsurvey ships has no shift to WGS 84: give one with"
          + " --towgs84 dx,dy,dz[,rx,ry,rz,ds] (as PROJ's +towgs84), reproject the file to CGCS2000 or WGS 84,"
          + " or read it unshifted with --accept-datum (positions tens to hundreds of metres off)");
    }
    return crs;
  }

  /** Every geometry in WGS 84; edges of projected input split first so they stay straight. */
  static Geometry toLonLat(RawLayer layer, RawFeature feature, Crs crs, ImportOptions options) {
    String label = label(feature);
    if (crs == null) {
      throw new InputException(layer.file(), layer.name(), label, null,
          "the coordinates' CRS is unknown: give it with --crs (e.g. --crs EPSG:4545)");
    }
    Geometry g = feature.geometry();
    if (g instanceof GeometryCollection gc && !(g instanceof Polygonal) && !(g instanceof Lineal)
        && !(g instanceof MultiPoint)) {
      throw new InputException(layer.file(), layer.name(), label, "geometry",
          "a GeometryCollection is not a survey geometry");
    }
    Map<Coordinate, double[]> vertices = null;
    if (!crs.isGeographic() && g.getDimension() > 0) {
      // The vertices first: a typo far outside the CRS must be reported, not densified. Their
      // places are kept for the copy below, which meets them again among the densified ones.
      Coordinate[] original = g.getCoordinates();
      vertices = new HashMap<>(2 * original.length);
      for (Coordinate c : original) {
        vertices.put(c, lonLat(layer, label, crs, c.x, c.y));
      }
      Envelope extent = g.getEnvelopeInternal();
      if (Math.max(extent.getWidth(), extent.getHeight()) > MAX_PROJECTED_EXTENT_METRES) {
        throw new InputException(layer.file(), layer.name(), label, "geometry",
            "the geometry spans " + Math.round(extent.getWidth() / 1000) + " × " + Math.round(extent.getHeight() / 1000)
                + " km in " + crs.name() + ", more than any place a survey draws: check its coordinates and the CRS");
      }
      g = Densifier.densify(g, Math.max(DENSIFY_METRES, g.getLength() / MAX_DENSIFIED_VERTICES));
    }
    Map<Coordinate, double[]> known = vertices;
    return Reprojection.copy(g, (x, y) -> {
      double[] ll = known != null ? known.get(new Coordinate(x, y)) : null;
      if (ll == null) {
        ll = lonLat(layer, label, crs, x, y);
      }
      return options.datum() == null ? ll : options.datum().toWgs84(ll[0], ll[1]);
    });
  }

  private static String outsideAreaOfUse(Crs crs, double x, double y) {
    return "coordinate " + x + ", " + y + " does not lie in " + crs.name() + "'s area of use";
  }

  /** One coordinate in WGS 84, or an error where it does not lie in the CRS's area of use. */
  static double[] lonLat(RawLayer layer, String label, Crs crs, double x, double y) {
    if (crs.isGeographic() && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
      throw new InputException(layer.file(), layer.name(), label, "geometry",
          "coordinate " + x + ", " + y + " is not a longitude and latitude in " + crs.name()
              + (crs == Crs.wgs84() ? "; if the data is projected, give its CRS with --crs (e.g. --crs EPSG:4545)" : ""));
    }
    double[] ll;
    boolean inArea;
    try {
      ll = crs.toLonLat(x, y);
      // The local frame is undefined at 85° and beyond, and a transverse Mercator's inverse wraps
      // an easting far outside its zone (zone-prefixed coordinates under a CRS without the
      // prefix, say) round to some finite place: only a round trip shows it is not in the CRS.
      inArea = Math.abs(ll[0]) <= 180 && Math.abs(ll[1]) < 85;
      if (inArea && !crs.isGeographic() && !crs.roundTripsSurely(x, y)) {
        double[] back = crs.fromLonLat(ll[0], ll[1]);
        double dx = back[0] - x;
        double dy = back[1] - y;
        inArea = dx * dx + dy * dy < 1;
      }
    } catch (RuntimeException e) {
      // proj4j's projections (a legacy GeoJSON crs may name any PROJ string) throw on points
      // they cannot project rather than return NaN.
      throw new InputException(layer.file(), layer.name(), label, "geometry", outsideAreaOfUse(crs, x, y), e);
    }
    if (!inArea) {
      throw new InputException(layer.file(), layer.name(), label, "geometry", outsideAreaOfUse(crs, x, y));
    }
    return ll;
  }

  static String label(RawFeature feature) {
    for (String idField : List.of("camera_id", "zone_id", "site_id", "obst_id")) {
      String id = feature.text(idField);
      if (id != null) {
        return id;
      }
    }
    return "#" + feature.number();
  }
}
