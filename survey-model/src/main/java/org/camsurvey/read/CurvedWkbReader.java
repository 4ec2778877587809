package org.camsurvey.read;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the curved geometries of ISO well-known binary that JTS does not (CircularString,
 * CompoundCurve, CurvePolygon, MultiCurve, MultiSurface, as GDAL writes them into a GeoPackage)
 * as straight segments: each arc is cut into chords whose sagitta is at most the tolerance, so no
 * point of the result is farther than that from the curve. Z and M are read and dropped.
 */
final class CurvedWkbReader {
  static final int CIRCULAR_STRING = 8;
  static final int COMPOUND_CURVE = 9;
  static final int CURVE_POLYGON = 10;
  static final int MULTI_CURVE = 11;
  static final int MULTI_SURFACE = 12;
  private static final int LINE_STRING = 2;
  private static final int POLYGON = 3;
  /** Chords one arc may become; beyond, the tolerance is relaxed rather than memory filled. */
  private static final int MAX_CHORDS_PER_ARC = 1 << 16;
  private static final int MAX_PARTS = 10_000_000;

  private final GeometryFactory factory;
  private final double tolerance;
  private ByteBuffer wkb;

  /**
   * @param tolerance the farthest a chord may lie from its arc, in the coordinates' units
   */
  CurvedWkbReader(GeometryFactory factory, double tolerance) {
    this.factory = factory;
    this.tolerance = tolerance;
  }

  /** The geometry type a WKB blob declares, without its dimension: 1–7 linear, 8–12 curved. */
  static int baseType(byte[] blob, int at) {
    if (blob.length < at + 5) {
      return -1;
    }
    ByteBuffer b = ByteBuffer.wrap(blob).order(blob[at] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    return (b.getInt(at + 1) & 0x0FFFFFFF) % 1000;
  }

  static boolean isCurved(int baseType) {
    return baseType >= CIRCULAR_STRING && baseType <= MULTI_SURFACE;
  }

  /**
   * @throws IllegalArgumentException when the blob is not well-known binary of a curve, or is cut short
   */
  Geometry read(byte[] blob, int at) {
    wkb = ByteBuffer.wrap(blob);
    wkb.position(at);
    try {
      return geometry();
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("the curve's WKB ends before its coordinates do");
    }
  }

  private record Header(int type, int dimensions) {}

  private Header header() {
    byte order = wkb.get();
    if (order != 0 && order != 1) {
      throw new IllegalArgumentException("byte order " + order + " is neither 0 nor 1");
    }
    wkb.order(order == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int raw = wkb.getInt();
    // ISO adds 1000 for Z, 2000 for M, 3000 for both; PostGIS's EWKB sets the top bits instead.
    boolean z = (raw & 0x80000000) != 0;
    boolean m = (raw & 0x40000000) != 0;
    int iso = raw & 0x0FFFFFFF;
    int dimensions = 2 + (z ? 1 : 0) + (m ? 1 : 0) + switch (iso / 1000) {
      case 1, 2 -> 1;
      case 3 -> 2;
      default -> 0;
    };
    return new Header(iso % 1000, dimensions);
  }

  private Geometry geometry() {
    Header h = header();
    return switch (h.type()) {
      case LINE_STRING -> factory.createLineString(points(h.dimensions()).toCoordinateArray());
      case CIRCULAR_STRING -> factory.createLineString(arcs(points(h.dimensions())).toCoordinateArray());
      case COMPOUND_CURVE -> factory.createLineString(compound().toCoordinateArray());
      case POLYGON -> polygon(h, false);
      case CURVE_POLYGON -> polygon(h, true);
      case MULTI_CURVE -> {
        List<LineString> lines = new ArrayList<>();
        int n = count();
        for (int i = 0; i < n; i++) {
          lines.add(factory.createLineString(curve().toCoordinateArray()));
        }
        yield factory.createMultiLineString(lines.toArray(LineString[]::new));
      }
      case MULTI_SURFACE -> {
        List<Polygon> polygons = new ArrayList<>();
        int n = count();
        for (int i = 0; i < n; i++) {
          Geometry part = geometry();
          if (!(part instanceof Polygon p)) {
            throw new IllegalArgumentException("a MultiSurface holds a " + part.getGeometryType() + ", not a surface");
          }
          polygons.add(p);
        }
        yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
      }
      default -> throw new IllegalArgumentException("WKB geometry type " + h.type() + " is not a curve or line this version reads");
    };
  }

  private Polygon polygon(Header h, boolean curved) {
    int n = count();
    List<LinearRing> rings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CoordinateList ring = curved ? curve() : points(h.dimensions());
      if (ring.size() > 0 && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
        throw new IllegalArgumentException("a polygon ring is not closed");
      }
      if (ring.size() < 4) {
        throw new IllegalArgumentException("a polygon ring has " + ring.size() + " positions, fewer than 4");
      }
      rings.add(factory.createLinearRing(ring.toCoordinateArray()));
    }
    if (rings.isEmpty()) {
      return factory.createPolygon();
    }
    return factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
  }

  /** A LineString, CircularString or CompoundCurve, each with its own header, as points. */
  private CoordinateList curve() {
    Header h = header();
    return switch (h.type()) {
      case LINE_STRING -> points(h.dimensions());
      case CIRCULAR_STRING -> arcs(points(h.dimensions()));
      case COMPOUND_CURVE -> compound();
      default -> throw new IllegalArgumentException("WKB geometry type " + h.type() + " is not a curve");
    };
  }

  private CoordinateList compound() {
    int n = count();
    CoordinateList all = new CoordinateList();
    for (int i = 0; i < n; i++) {
      CoordinateList part = curve();
      if (!all.isEmpty() && part.size() > 0 && !all.get(all.size() - 1).equals2D(part.get(0))) {
        throw new IllegalArgumentException("the parts of a CompoundCurve do not join end to start");
      }
      all.addAll(part, false);
    }
    return all;
  }

  private int count() {
    int n = wkb.getInt();
    if (n < 0 || n > MAX_PARTS || (long) n * 5 > wkb.remaining() + 5L) {
      throw new IllegalArgumentException("a count of " + Integer.toUnsignedString(n) + " parts is more than the WKB holds");
    }
    return n;
  }

  private CoordinateList points(int dimensions) {
    int n = wkb.getInt();
    if (n < 0 || (long) n * dimensions * 8 > wkb.remaining()) {
      throw new IllegalArgumentException("a count of " + Integer.toUnsignedString(n) + " points is more than the WKB holds");
    }
    CoordinateList points = new CoordinateList();
    for (int i = 0; i < n; i++) {
      double x = wkb.getDouble();
      double y = wkb.getDouble();
      for (int d = 2; d < dimensions; d++) {
        wkb.getDouble();
      }
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new IllegalArgumentException("coordinate " + x + ", " + y + " is not a finite number");
      }
      points.add(new Coordinate(x, y), true);
    }
    return points;
  }

  /** A CircularString's points (arcs through every three, sharing ends) as chords. */
  private CoordinateList arcs(CoordinateList points) {
    if (points.size() == 1 || (points.size() > 1 && points.size() % 2 == 0)) {
      throw new IllegalArgumentException("a CircularString has " + points.size() + " points; it needs 3, 5, 7, …");
    }
    CoordinateList out = new CoordinateList();
    for (int i = 0; i + 2 < points.size(); i += 2) {
      arc(points.get(i), points.get(i + 1), points.get(i + 2), out);
    }
    return out;
  }

  private void arc(Coordinate a, Coordinate b, Coordinate c, CoordinateList out) {
    out.add(a, false);
    double cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    boolean fullCircle = a.equals2D(c) && !a.equals2D(b);
    if (!fullCircle && Math.abs(cross) <= 1e-12 * a.distance(b) * a.distance(c)) {
      // three points in a line: the arc is the line itself
      out.add(b, false);
      out.add(c, false);
      return;
    }
    double cx;
    double cy;
    if (fullCircle) {
      cx = (a.x + b.x) / 2;
      cy = (a.y + b.y) / 2;
    } else {
      double d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y));
      double a2 = a.x * a.x + a.y * a.y;
      double b2 = b.x * b.x + b.y * b.y;
      double c2 = c.x * c.x + c.y * c.y;
      cx = (a2 * (b.y - c.y) + b2 * (c.y - a.y) + c2 * (a.y - b.y)) / d;
      cy = (a2 * (c.x - b.x) + b2 * (a.x - c.x) + c2 * (b.x - a.x)) / d;
    }
    double r = Math.hypot(a.x - cx, a.y - cy);
    double start = Math.atan2(a.y - cy, a.x - cx);
    double sweep;
    if (fullCircle) {
      sweep = 2 * Math.PI;
    } else {
      boolean anticlockwise = cross > 0;
      double end = Math.atan2(c.y - cy, c.x - cx);
      sweep = anticlockwise ? positive(end - start) : -positive(start - end);
    }
    // A chord of angle t lies r(1 − cos(t/2)) from its arc at most.
    double maxStep = tolerance >= r ? Math.PI / 2 : 2 * Math.acos(1 - tolerance / r);
    int chords = (int) Math.min(MAX_CHORDS_PER_ARC, Math.max(2, Math.ceil(Math.abs(sweep) / maxStep)));
    for (int i = 1; i < chords; i++) {
      double t = start + sweep * i / chords;
      out.add(new Coordinate(cx + r * Math.cos(t), cy + r * Math.sin(t)), false);
    }
    out.add(c, false);
  }

  private static double positive(double angle) {
    double a = angle % (2 * Math.PI);
    return a < 0 ? a + 2 * Math.PI : a;
  }
}
