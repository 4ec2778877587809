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
    Coordinate[] subject = (aClips ? b : a).getExteriorRing().getCoordinates();
    Coordinate[] window = (aClips ? a : b).getExteriorRing().getCoordinates();
    int capacity = subject.length + window.length + 2;
    double[] xs = new double[capacity];
    double[] ys = new double[capacity];
    double[] nextXs = new double[capacity];
    double[] nextYs = new double[capacity];
    int n = subject.length - 1;
    for (int j = 0; j < n; j++) {
      xs[j] = subject[j].x;
      ys[j] = subject[j].y;
    }
    boolean ccw = Orientation.isCCW(window);
    for (int i = 0; i + 1 < window.length && n > 0; i++) {
      Coordinate from = ccw ? window[i] : window[i + 1];
      Coordinate to = ccw ? window[i + 1] : window[i];
      double ex = to.x - from.x;
      double ey = to.y - from.y;
      if (ex == 0 && ey == 0) {
        continue;
      }
      if (nextXs.length < 2 * n) {
        // Convex polygons gain at most one vertex a pass; rounding near a corner may add another.
        nextXs = new double[2 * n];
        nextYs = new double[2 * n];
      }
      int m = 0;
      for (int j = 0; j < n; j++) {
        int k = j + 1 == n ? 0 : j + 1;
        double sp = ex * (ys[j] - from.y) - ey * (xs[j] - from.x);
        double sq = ex * (ys[k] - from.y) - ey * (xs[k] - from.x);
        if (sp >= 0) {
          nextXs[m] = xs[j];
          nextYs[m++] = ys[j];
        }
        if ((sp >= 0) != (sq >= 0)) {
          double t = sp / (sp - sq);
          nextXs[m] = xs[j] + t * (xs[k] - xs[j]);
          nextYs[m++] = ys[j] + t * (ys[k] - ys[j]);
        }
      }
      double[] swap = xs;
      xs = nextXs;
      nextXs = swap;
      swap = ys;
      ys = nextYs;
      nextYs = swap;
      n = m;
    }
    List<Coordinate> ring = new ArrayList<>(n + 1);
    for (int j = 0; j < n; j++) {
      Coordinate c = new Coordinate(xs[j], ys[j]);
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
}
