package org.camsurvey.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

/** A convex polygon's vertices without the closing one, as {@link ConvexClip} works on them. */
final class ConvexLoop {
  double[] xs;
  double[] ys;
  int n;
  /**
   * The extent, worked out when a window first asks for it and kept until a vertex is added:
   * a piece left of a zone is tested against every window of the views cut from it.
   */
  private boolean measured;
  double minX;
  double maxX;
  double minY;
  double maxY;

  ConvexLoop(int capacity) {
    xs = new double[Math.max(capacity, 4)];
    ys = new double[xs.length];
  }

  static ConvexLoop of(Polygon polygon) {
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    ConvexLoop loop = new ConvexLoop(ring.length + 2);
    for (int j = 0; j + 1 < ring.length; j++) {
      loop.add(ring[j].x, ring[j].y);
    }
    return loop;
  }

  /** The loop's area (shoelace). */
  double area() {
    if (n < 3) {
      return 0;
    }
    // about the first vertex, so that the products stay the size of the loop, not of the frame
    double twice = 0;
    for (int j = 1; j + 1 < n; j++) {
      twice += (xs[j] - xs[0]) * (ys[j + 1] - ys[0]) - (xs[j + 1] - xs[0]) * (ys[j] - ys[0]);
    }
    return Math.abs(twice) / 2;
  }

  void measureExtent() {
    if (measured) {
      return;
    }
    minX = xs[0];
    maxX = minX;
    minY = ys[0];
    maxY = minY;
    for (int j = 1; j < n; j++) {
      minX = Math.min(minX, xs[j]);
      maxX = Math.max(maxX, xs[j]);
      minY = Math.min(minY, ys[j]);
      maxY = Math.max(maxY, ys[j]);
    }
    measured = true;
  }

  /** Empties the loop, keeping its room. */
  void clear() {
    n = 0;
    measured = false;
  }

  void add(double x, double y) {
    measured = false;
    if (n == xs.length) {
      xs = Arrays.copyOf(xs, 2 * n);
      ys = Arrays.copyOf(ys, 2 * n);
    }
    xs[n] = x;
    ys[n++] = y;
  }

  /**
   * The loop as a polygon, vertices closer than the window's shortest edge to the one before
   * taken as one (a vertex on the window's edge comes back a rounding error from itself);
   * empty where no area is left.
   */
  Polygon polygon(GeometryFactory factory, double closest) {
    int[] kept = kept(closest);
    if (kept == null) {
      return factory.createPolygon();
    }
    Coordinate[] ring = new Coordinate[kept.length + 1];
    for (int j = 0; j < kept.length; j++) {
      ring[j] = new Coordinate(xs[kept[j]], ys[kept[j]]);
    }
    ring[kept.length] = new Coordinate(ring[0]);
    // plain coordinates (x, y and no z): the dimensions JTS would find by asking every vertex
    Polygon result = factory.createPolygon(new CoordinateArraySequence(ring, 3, 0));
    return result.getArea() > 0 ? result : factory.createPolygon();
  }

  /**
   * The area of {@link #polygon}, to the last bit, without building it, and its centroid into
   * {@code centroid} (x, y; left as it was where no area is left): what is left of a zone is
   * asked for its area and centroid far more often than for its shape. The area's sum is JTS's
   * ({@code Area.ofRingSigned}), term for term, over the same ring.
   */
  double polygonAreaAndCentroid(double closest, double[] centroid) {
    int[] kept = kept(closest);
    if (kept == null) {
      return 0;
    }
    // about the first vertex, as the area is, so that the products stay the loop's size
    double x0 = xs[kept[0]];
    double y0 = ys[kept[0]];
    double twiceArea = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < kept.length; i++) {
      int next = kept[i + 1 == kept.length ? 0 : i + 1];
      double xa = xs[kept[i]] - x0;
      double ya = ys[kept[i]] - y0;
      double xb = xs[next] - x0;
      double yb = ys[next] - y0;
      double cross = xa * yb - xb * ya;
      twiceArea += cross;
      cx += (xa + xb) * cross;
      cy += (ya + yb) * cross;
    }
    if (twiceArea != 0) {
      centroid[0] = x0 + cx / (3 * twiceArea);
      centroid[1] = y0 + cy / (3 * twiceArea);
    }
    return keptArea(kept);
  }

  /** JTS's sum ({@code Area.ofRingSigned}), term for term, over the kept vertices. */
  private double keptArea(int[] kept) {
    int size = kept.length;
    double x0 = xs[kept[0]];
    double sum = 0;
    for (int i = 1; i < size; i++) {
      double x = xs[kept[i]] - x0;
      sum += x * (ys[kept[i - 1]] - ys[kept[i + 1 == size ? 0 : i + 1]]);
    }
    return Math.abs(sum / 2.0);
  }

  /**
   * The vertices {@link #polygon} keeps, in order: those farther than {@code closest} (squared)
   * from the one kept before, and from the first at the end; null where fewer than three are left.
   */
  private int[] kept(double closest) {
    int[] kept = new int[n];
    int size = 0;
    double lastX = 0;
    double lastY = 0;
    for (int j = 0; j < n; j++) {
      double dx = xs[j] - lastX;
      double dy = ys[j] - lastY;
      if (size == 0 || dx * dx + dy * dy > closest) {
        kept[size++] = j;
        lastX = xs[j];
        lastY = ys[j];
      }
    }
    while (size > 1) {
      double dx = xs[kept[0]] - xs[kept[size - 1]];
      double dy = ys[kept[0]] - ys[kept[size - 1]];
      if (dx * dx + dy * dy > closest) {
        break;
      }
      size--;
    }
    return size < 3 ? null : Arrays.copyOf(kept, size);
  }
}
