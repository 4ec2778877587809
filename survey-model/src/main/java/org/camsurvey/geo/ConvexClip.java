package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The intersection of two convex polygons by clipping one against the other's edges
 * (Sutherland–Hodgman), for the common case of a plain sector view over a convex zone, where it
 * gives the overlay's region for a small part of the cost.
 */
public final class ConvexClip {
  private ConvexClip() {}

  /**
   * Whether a geometry is one convex polygon without holes (collinear and repeated vertices
   * allowed), which {@link #intersection} takes.
   */
  public static boolean isConvex(Geometry g) {
    if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0 || p.isEmpty()) {
      return false;
    }
    Coordinate[] ring = p.getExteriorRing().getCoordinates();
    int sign = 0;
    int xTurns = 0;
    int yTurns = 0;
    double lastDx = 0;
    double lastDy = 0;
    Coordinate previous = null;
    // Every edge, the closing one twice so that the turn at the first vertex is seen.
    for (int i = 0; i <= ring.length; i++) {
      Coordinate from = ring[i % (ring.length - 1)];
      Coordinate to = ring[(i + 1) % (ring.length - 1)];
      double dx = to.x - from.x;
      double dy = to.y - from.y;
      if (dx == 0 && dy == 0) {
        continue;
      }
      if (previous != null) {
        int turn = Orientation.index(previous, from, to);
        if (turn != 0) {
          if (sign != 0 && turn != sign) {
            return false;
          }
          sign = turn;
        }
      }
      previous = from;
      // A ring turning one way can still wind round twice (a pentagram): then its edges'
      // directions change the sign of their x or y steps more than twice in one round.
      if (i < ring.length - 1) {
        if (dx != 0) {
          xTurns += lastDx != 0 && (dx > 0) != (lastDx > 0) ? 1 : 0;
          lastDx = dx;
        }
        if (dy != 0) {
          yTurns += lastDy != 0 && (dy > 0) != (lastDy > 0) ? 1 : 0;
          lastDy = dy;
        }
      }
    }
    return sign != 0 && xTurns <= 2 && yTurns <= 2;
  }

  /**
   * The intersection of two convex polygons ({@link #isConvex}), as a polygon (empty where they
   * share no area).
   */
  public static Polygon intersection(Polygon a, Polygon b) {
    // Each of the window's edges takes a pass over the other's vertices: the smaller is the window.
    boolean aClips = a.getExteriorRing().getNumPoints() <= b.getExteriorRing().getNumPoints();
    Polygon subject = aClips ? b : a;
    List<Coordinate> clipped = new ArrayList<>(List.of(subject.getExteriorRing().getCoordinates()));
    clipped.remove(clipped.size() - 1);
    Coordinate[] window = (aClips ? a : b).getExteriorRing().getCoordinates();
    boolean ccw = Orientation.isCCW(window);
    for (int i = 0; i + 1 < window.length && !clipped.isEmpty(); i++) {
      Coordinate from = ccw ? window[i] : window[i + 1];
      Coordinate to = ccw ? window[i + 1] : window[i];
      if (from.equals2D(to)) {
        continue;
      }
      List<Coordinate> input = clipped;
      clipped = new ArrayList<>(input.size() + 2);
      for (int j = 0; j < input.size(); j++) {
        Coordinate p = input.get(j);
        Coordinate q = input.get((j + 1) % input.size());
        double sp = side(from, to, p);
        double sq = side(from, to, q);
        if (sp >= 0) {
          clipped.add(p);
        }
        if ((sp >= 0) != (sq >= 0)) {
          double t = sp / (sp - sq);
          clipped.add(new Coordinate(p.x + t * (q.x - p.x), p.y + t * (q.y - p.y)));
        }
      }
    }
    List<Coordinate> ring = new ArrayList<>(clipped.size() + 1);
    for (Coordinate c : clipped) {
      if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
        ring.add(c);
      }
    }
    while (ring.size() > 1 && ring.get(0).equals2D(ring.get(ring.size() - 1))) {
      ring.remove(ring.size() - 1);
    }
    if (ring.size() < 3) {
      return a.getFactory().createPolygon();
    }
    ring.add(new Coordinate(ring.get(0)));
    Polygon result = a.getFactory().createPolygon(ring.toArray(Coordinate[]::new));
    return result.getArea() > 0 ? result : a.getFactory().createPolygon();
  }

  /** Twice the signed area of (from, to, p): positive to the left of the edge. */
  private static double side(Coordinate from, Coordinate to, Coordinate p) {
    return (to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x);
  }
}
