package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;

/**
 * The part of a field of view its camera can actually see past walls: an exact visibility
 * polygon by angular sweep.
 *
 * <p>The view's own arc (its chords) and the walls are noded together, so that no two
 * segments cross except at their ends. Between two consecutive event angles (segment ends, as
 * seen from the camera) the nearest segment along the ray cannot change, so the visible
 * boundary over that interval is exactly the nearest segment's piece between the two rays.
 * Vertices come only from those rays; nothing is sampled.
 */
public final class Visibility {
  private static final double TWO_PI = 2 * Math.PI;
  /** Angles closer than this (radians, about 1 µm at 1 km) are one event. */
  private static final double SAME_ANGLE = 1e-9;
  /** A wall through the camera itself (it is mounted on it) does not blind it. */
  private static final double ON_CAMERA_METRES = 1e-6;

  private Visibility() {}

  /** A wall piece with the angular interval it spans from the camera, in sweep angle. */
  private record Piece(Coordinate a, Coordinate b, double from, double to) {}

  /**
   * What a camera sees of a view past walls.
   *
   * @param visible the view less everything hidden behind a wall; the view itself when no wall
   *     is near
   * @param fans the same ground as convex fans from the camera that meet along rays ({@link
   *     ConvexSum} pieces); null where the view is its own (no wall in reach) or the outline had
   *     to be repaired, so that the fans would not tile it
   */
  public record Sight(Polygon visible, List<Polygon> fans) {}

  /**
   * The visible part of a view.
   *
   * @param view a field of view from {@link FieldOfView#sector}: apex first for a sector, the arc
   *     alone for a disc
   * @param camera the apex
   * @param disc whether the view is all round
   * @param walls segments that block sight (obstacle lines, and the rings of obstacle polygons)
   */
  public static Sight sight(Polygon view, Coordinate camera, boolean disc, List<LineSegment> walls) {
    if (walls.isEmpty()) {
      return new Sight(view, null);
    }
    Coordinate[] ring = view.getExteriorRing().getCoordinates();
    Coordinate[] arc = disc ? ring : Arrays.copyOfRange(ring, 1, ring.length - 1);
    double reach = 0;
    for (Coordinate c : arc) {
      reach = Math.max(reach, c.distance(camera));
    }
    List<LineSegment> inReach = new ArrayList<>(walls.size());
    for (LineSegment w : walls) {
      if (w.distance(camera) < reach) {
        inReach.add(w);
      }
    }
    if (inReach.isEmpty()) {
      return new Sight(view, null);
    }
    double startAngle = Math.atan2(arc[0].y - camera.y, arc[0].x - camera.x);
    double span = disc ? TWO_PI : sweep(startAngle, camera, arc[arc.length - 1]);

    List<Piece> pieces = new ArrayList<>();
    for (Coordinate[] segment : noded(arc, inReach)) {
      addPiece(pieces, segment[0], segment[1], camera, startAngle, span);
    }
    double[] events = events(pieces, span);
    pieces.sort(Comparator.comparingDouble(Piece::from));

    List<Coordinate> boundary = new ArrayList<>();
    if (!disc) {
      boundary.add(camera.copy());
    }
    List<Piece> active = new ArrayList<>();
    int next = 0;
    for (int i = 0; i + 1 < events.length; i++) {
      double lo = events[i];
      double hi = events[i + 1];
      double mid = (lo + hi) / 2;
      while (next < pieces.size() && pieces.get(next).from() < mid) {
        active.add(pieces.get(next++));
      }
      active.removeIf(p -> p.to() <= mid);
      Piece nearest = null;
      double best = Double.POSITIVE_INFINITY;
      for (Piece p : active) {
        if (p.from() < mid) {
          double t = distanceAlong(camera, startAngle - mid, p);
          if (t < best) {
            best = t;
            nearest = p;
          }
        }
      }
      if (nearest == null) {
        continue;
      }
      add(boundary, hit(camera, startAngle - lo, nearest));
      add(boundary, hit(camera, startAngle - hi, nearest));
    }
    if (!disc) {
      add(boundary, camera.copy());
    } else {
      boundary.add(boundary.get(0).copy());
    }
    GeometryFactory factory = view.getFactory();
    if (boundary.size() < 4) {
      return new Sight(factory.createPolygon(), List.of());
    }
    Polygon visible = factory.createPolygon(boundary.toArray(Coordinate[]::new));
    if (!visible.isValid()) {
      return new Sight(largestPolygon(GeometryFixer.fix(visible), factory), null);
    }
    // the outline without the apex a sector's ring starts and ends at; a disc's ring, closed
    List<Coordinate> outline = disc ? boundary : boundary.subList(1, boundary.size() - 1);
    return new Sight(visible, fans(outline, camera, factory));
  }

  /**
   * A star-shaped outline, clockwise about the camera, as convex fans from the camera: runs of
   * consecutive vertices, a run ended where the outline turns away from the camera (at the end of
   * a wall, or where it steps along a ray) or where the fan would reach 180°. Each outline edge
   * but those along rays (which bound no area) lies in one fan, and fans meet along rays, so they
   * tile the polygon: walled views are measured by convex clips, as open ones are.
   */
  private static List<Polygon> fans(List<Coordinate> outline, Coordinate camera, GeometryFactory factory) {
    List<Polygon> fans = new ArrayList<>();
    List<Coordinate> run = new ArrayList<>();
    for (Coordinate next : outline) {
      if (run.isEmpty() || extendsConvexly(run, next, camera)) {
        run.add(next);
        continue;
      }
      Coordinate last = run.get(run.size() - 1);
      addFan(fans, run, camera, factory);
      run.clear();
      if (Orientation.index(camera, last, next) == Orientation.CLOCKWISE) {
        run.add(last);
      }
      run.add(next);
    }
    addFan(fans, run, camera, factory);
    return fans;
  }

  /** Whether the fan from the camera over a run stays convex, and under 180°, with one more vertex. */
  private static boolean extendsConvexly(List<Coordinate> run, Coordinate next, Coordinate camera) {
    Coordinate first = run.get(0);
    Coordinate last = run.get(run.size() - 1);
    if (Orientation.index(last, next, camera) != Orientation.CLOCKWISE
        || Orientation.index(next, camera, first) != Orientation.CLOCKWISE) {
      return false;
    }
    Coordinate before = run.size() == 1 ? camera : run.get(run.size() - 2);
    return Orientation.index(before, last, next) != Orientation.COUNTERCLOCKWISE;
  }

  private static void addFan(List<Polygon> fans, List<Coordinate> run, Coordinate camera, GeometryFactory factory) {
    if (run.size() < 2) {
      return;
    }
    Coordinate[] ring = new Coordinate[run.size() + 2];
    ring[0] = camera.copy();
    for (int i = 0; i < run.size(); i++) {
      ring[i + 1] = run.get(i).copy();
    }
    ring[ring.length - 1] = camera.copy();
    fans.add(factory.createPolygon(ring));
  }

  /** How far clockwise (as azimuths run) a point lies from the start ray, in [0, 2π). */
  private static double sweep(double startAngle, Coordinate camera, Coordinate p) {
    double a = startAngle - Math.atan2(p.y - camera.y, p.x - camera.x);
    a %= TWO_PI;
    return a < 0 ? a + TWO_PI : a;
  }

  private static void addPiece(List<Piece> pieces, Coordinate a, Coordinate b, Coordinate camera,
      double startAngle, double span) {
    if (new LineSegment(a, b).distance(camera) < ON_CAMERA_METRES) {
      return;
    }
    double ua = sweep(startAngle, camera, a);
    double ub = sweep(startAngle, camera, b);
    if (Math.abs(ua - ub) > Math.PI) {
      // The piece straddles the start ray: split it there so that each part has a plain interval.
      Coordinate onRay = hit(camera, startAngle, new Piece(a, b, 0, 0));
      Coordinate nearStart = ua < ub ? a : b;
      Coordinate nearEnd = ua < ub ? b : a;
      clipInterval(pieces, onRay, nearStart, 0, Math.min(ua, ub), span);
      clipInterval(pieces, nearEnd, onRay, Math.max(ua, ub), TWO_PI, span);
      return;
    }
    if (ua <= ub) {
      clipInterval(pieces, a, b, ua, ub, span);
    } else {
      clipInterval(pieces, b, a, ub, ua, span);
    }
  }

  private static void clipInterval(List<Piece> pieces, Coordinate a, Coordinate b, double from, double to, double span) {
    double lo = Math.max(0, from);
    double hi = Math.min(span, to);
    if (hi - lo > SAME_ANGLE) {
      pieces.add(new Piece(a, b, lo, hi));
    }
  }

  private static double[] events(List<Piece> pieces, double span) {
    double[] all = new double[pieces.size() * 2 + 2];
    int n = 0;
    all[n++] = 0;
    all[n++] = span;
    for (Piece p : pieces) {
      all[n++] = p.from();
      all[n++] = p.to();
    }
    Arrays.sort(all, 0, n);
    double[] unique = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || all[i] - unique[m - 1] > SAME_ANGLE) {
        unique[m++] = all[i];
      }
    }
    return Arrays.copyOf(unique, m);
  }

  /** Distance from the camera along the ray at a frame angle to the piece's line. */
  private static double distanceAlong(Coordinate camera, double angle, Piece p) {
    double dx = Math.cos(angle);
    double dy = Math.sin(angle);
    double ex = p.b().x - p.a().x;
    double ey = p.b().y - p.a().y;
    double denominator = dx * ey - dy * ex;
    if (denominator == 0) {
      return Math.min(p.a().distance(camera), p.b().distance(camera));
    }
    return ((p.a().x - camera.x) * ey - (p.a().y - camera.y) * ex) / denominator;
  }

  private static Coordinate hit(Coordinate camera, double angle, Piece p) {
    double t = distanceAlong(camera, angle, p);
    return new Coordinate(camera.x + t * Math.cos(angle), camera.y + t * Math.sin(angle));
  }

  private static void add(List<Coordinate> boundary, Coordinate c) {
    if (boundary.isEmpty() || boundary.get(boundary.size() - 1).distance(c) > 1e-9) {
      boundary.add(c);
    }
  }

  /** The view's chords and the walls, split at every crossing. */
  private static List<Coordinate[]> noded(Coordinate[] arc, List<LineSegment> walls) {
    List<SegmentString> strings = new ArrayList<>(arc.length + walls.size());
    for (int i = 0; i + 1 < arc.length; i++) {
      strings.add(new NodedSegmentString(new Coordinate[] {arc[i], arc[i + 1]}, null));
    }
    for (LineSegment w : walls) {
      if (!w.p0.equals2D(w.p1)) {
        strings.add(new NodedSegmentString(new Coordinate[] {w.p0, w.p1}, null));
      }
    }
    MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
    noder.computeNodes(strings);
    List<Coordinate[]> segments = new ArrayList<>();
    for (Object o : noder.getNodedSubstrings()) {
      Coordinate[] pts = ((SegmentString) o).getCoordinates();
      for (int i = 0; i + 1 < pts.length; i++) {
        if (!pts[i].equals2D(pts[i + 1])) {
          segments.add(new Coordinate[] {pts[i], pts[i + 1]});
        }
      }
    }
    return segments;
  }

  private static Polygon largestPolygon(org.locationtech.jts.geom.Geometry g, GeometryFactory factory) {
    Polygon best = factory.createPolygon();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && p.getArea() > best.getArea()) {
        best = p;
      }
    }
    return best;
  }
}
