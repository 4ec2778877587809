package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The intersection and difference of convex polygons by clipping one against the other's edges
 * (Sutherland–Hodgman), for the common case of views over convex zones, where they give the
 * overlay's region for a small part of the cost.
 */
public final class ConvexClip {
  /**
   * Edges shorter than this share of the window's extent are taken as a point. A clip puts a
   * vertex lying on the window's edge back a rounding error away from itself, and such a
   * nanometre edge, clipped by in turn, would cut along whatever direction the rounding gave it.
   */
  private static final double SHORTEST_EDGE = 1e-9;

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
    Window window = Window.of(aClips ? a : b);
    ConvexLoop inside = intersection(ConvexLoop.of(aClips ? b : a), window);
    return inside.polygon(a.getFactory(), window.closest);
  }

  /**
   * What is left of a convex polygon outside a convex window, as convex pieces that meet only
   * along their edges: the part beyond the window's first edge, then the part within that edge
   * but beyond the second, and so on. Pieces of no area are left out.
   */
  public static List<Polygon> difference(Polygon subject, Polygon window) {
    Window w = Window.of(window);
    List<ConvexLoop> pieces = new ArrayList<>();
    difference(ConvexLoop.of(subject), w, pieces);
    List<Polygon> polygons = new ArrayList<>(pieces.size());
    for (ConvexLoop piece : pieces) {
      Polygon polygon = piece.polygon(subject.getFactory(), w.closest);
      if (!polygon.isEmpty()) {
        polygons.add(polygon);
      }
    }
    return polygons;
  }

  /** The part of a convex loop within a window; empty (no vertices) where they share no area. */
  static ConvexLoop intersection(ConvexLoop subject, Window window) {
    if (!window.meets(subject)) {
      return new ConvexLoop(0);
    }
    ConvexLoop inside = subject;
    ConvexLoop spare = null;
    for (Edge edge : window.edges) {
      double[] sides = window.sides(inside);
      int side = edge.side(inside, sides);
      if (side < 0) {
        return new ConvexLoop(0);
      }
      if (side == 0) {
        ConvexLoop within = pass(inside, spare);
        spare = inside == subject ? null : inside;
        inside = edge.split(inside, null, sides, within);
      }
    }
    return inside;
  }

  /**
   * Where a pass of a clip puts what it keeps of {@code input}: the clip's own loop from the pass
   * before last, emptied, once there is one. A clip's passes take turns between two loops, and a
   * new loop for every pass was a seventh of all a sparse city's checking allocated.
   */
  private static ConvexLoop pass(ConvexLoop input, ConvexLoop spare) {
    if (spare == null) {
      return new ConvexLoop(input.n + 2);
    }
    spare.clear();
    return spare;
  }

  /** Adds the convex pieces of a loop outside a window ({@link #difference(Polygon, Polygon)}) to a list. */
  static void difference(ConvexLoop subject, Window window, List<ConvexLoop> pieces) {
    if (!window.meets(subject)) {
      pieces.add(subject);
      return;
    }
    ConvexLoop inside = subject;
    ConvexLoop spare = null;
    for (Edge edge : window.edges) {
      double[] sides = window.sides(inside);
      int side = edge.side(inside, sides);
      if (side < 0) {
        // what is left lies wholly beyond this edge: outside the window
        pieces.add(inside);
        return;
      }
      if (side == 0) {
        ConvexLoop outside = new ConvexLoop(inside.n + 2);
        ConvexLoop within = pass(inside, spare);
        spare = inside == subject ? null : inside;
        inside = edge.split(inside, outside, sides, within);
        pieces.add(outside);
        if (inside.n < 3) {
          return;
        }
      }
    }
  }

  /** A convex polygon to clip by: its edges, its envelope, and the shortest edge it keeps. */
  static final class Window {
    private final List<Edge> edges;
    private final Envelope envelope;
    private final double closest;
    /**
     * Each vertex's side of the edge being clipped by, worked out once for both the test and the
     * split: the splits are most of a dense city's coverage. A window clips on one thread.
     */
    private double[] sides = new double[16];

    private final Polygon polygon;

    private Window(Polygon polygon, List<Edge> edges, Envelope envelope, double closest) {
      this.polygon = polygon;
      this.edges = edges;
      this.envelope = envelope;
      this.closest = closest;
    }

    static Window of(Polygon polygon) {
      return new Window(polygon, Edge.of(polygon), polygon.getEnvelopeInternal(), Edge.closest(polygon));
    }

    /** The window's own polygon, as a loop to clip. */
    ConvexLoop loop() {
      return ConvexLoop.of(polygon);
    }

    /** The scratch for a loop's sides, long enough for its vertices. */
    double[] sides(ConvexLoop loop) {
      if (sides.length < loop.n) {
        sides = new double[Math.max(loop.n, 2 * sides.length)];
      }
      return sides;
    }

    /** Whether a loop's envelope meets the window's: where it does not, neither do they. */
    boolean meets(ConvexLoop loop) {
      if (loop.n == 0) {
        return false;
      }
      loop.measureExtent();
      return !(loop.minX > envelope.getMaxX() || loop.maxX < envelope.getMinX() || loop.minY > envelope.getMaxY()
          || loop.maxY < envelope.getMinY());
    }
  }

  /** A window's edge, directed so that the window lies on its left. */
  private record Edge(double fromX, double fromY, double ex, double ey) {
    /**
     * The edges of a convex window, counter-clockwise, leaving out those too short to have a
     * direction ({@link #SHORTEST_EDGE}).
     */
    static List<Edge> of(Polygon window) {
      Coordinate[] ring = window.getExteriorRing().getCoordinates();
      boolean ccw = Orientation.isCCW(ring);
      double closest = closest(window);
      List<Edge> edges = new ArrayList<>(ring.length);
      for (int i = 0; i + 1 < ring.length; i++) {
        Coordinate from = ccw ? ring[i] : ring[i + 1];
        Coordinate to = ccw ? ring[i + 1] : ring[i];
        double ex = to.x - from.x;
        double ey = to.y - from.y;
        if (ex * ex + ey * ey > closest) {
          edges.add(new Edge(from.x, from.y, ex, ey));
        }
      }
      return edges;
    }

    /** The square of the shortest edge a window's size leaves a direction to. */
    static double closest(Polygon window) {
      Envelope extent = window.getEnvelopeInternal();
      double shortest = SHORTEST_EDGE * (extent.getWidth() + extent.getHeight());
      return shortest * shortest;
    }

    /**
     * Splits a convex loop along this edge's line (Sutherland–Hodgman): adds the part on the
     * window's side to {@code within} and returns it, and adds the part on the other side to
     * {@code beyond} unless it is null; {@code sides} holds each vertex's side as {@link
     * #side(ConvexLoop, double[])} left them.
     */
    ConvexLoop split(ConvexLoop loop, ConvexLoop beyond, double[] sides, ConvexLoop within) {
      for (int j = 0; j < loop.n; j++) {
        int k = j + 1 == loop.n ? 0 : j + 1;
        double sp = sides[j];
        double sq = sides[k];
        if (sp >= 0) {
          within.add(loop.xs[j], loop.ys[j]);
        }
        if (beyond != null && sp <= 0) {
          beyond.add(loop.xs[j], loop.ys[j]);
        }
        if ((sp > 0 && sq < 0) || (sp < 0 && sq > 0)) {
          double t = sp / (sp - sq);
          double x = loop.xs[j] + t * (loop.xs[k] - loop.xs[j]);
          double y = loop.ys[j] + t * (loop.ys[k] - loop.ys[j]);
          within.add(x, y);
          if (beyond != null) {
            beyond.add(x, y);
          }
        }
      }
      return within;
    }

    /**
     * Which side of the line a loop lies on: 1 wholly on the window's side (or on the line), -1
     * wholly beyond it, 0 across it; each vertex's side into {@code sides}, for the split. Most
     * edges of a view miss a small zone, and cost no split.
     */
    int side(ConvexLoop loop, double[] sides) {
      boolean within = true;
      boolean beyond = true;
      for (int j = 0; j < loop.n; j++) {
        double s = side(loop.xs[j], loop.ys[j]);
        sides[j] = s;
        within &= s >= 0;
        beyond &= s <= 0;
      }
      return within ? 1 : beyond ? -1 : 0;
    }

    /** Positive on the window's side of the line, negative beyond it. */
    private double side(double x, double y) {
      return ex * (y - fromY) - ey * (x - fromX);
    }
  }
}
