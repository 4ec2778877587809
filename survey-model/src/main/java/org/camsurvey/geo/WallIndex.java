package org.camsurvey.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Every segment that blocks sight, indexed for the views that need them: the segments of
 * obstacle lines (walls) and of obstacle polygons' rings (buildings).
 *
 * <p>A building blocks sight through its interior, and every sight line into or through the
 * interior from outside crosses its ring, so the ring alone blocks exactly what the interior
 * does. A camera standing inside a building sees its interior and sees out only through gaps the
 * data gives (walls drawn as lines with door openings rather than a closed polygon).
 */
public final class WallIndex {
  private final STRtree index = new STRtree();
  private final int size;

  private WallIndex(List<? extends Geometry> obstacles) {
    int n = 0;
    for (Geometry obstacle : obstacles) {
      for (int i = 0; i < obstacle.getNumGeometries(); i++) {
        Geometry part = obstacle.getGeometryN(i);
        if (part instanceof Polygon p) {
          n += add(p.getExteriorRing());
          for (int h = 0; h < p.getNumInteriorRing(); h++) {
            n += add(p.getInteriorRingN(h));
          }
        } else if (part instanceof LineString line) {
          n += add(line);
        }
      }
    }
    size = n;
    index.build();
  }

  /** The walls of these obstacles (lines and polygons, in the frame). */
  public static WallIndex of(List<? extends Geometry> obstacles) {
    return new WallIndex(obstacles);
  }

  private int add(LineString line) {
    Coordinate[] c = line.getCoordinates();
    int n = 0;
    for (int i = 0; i + 1 < c.length; i++) {
      if (!c[i].equals2D(c[i + 1])) {
        LineSegment s = new LineSegment(c[i], c[i + 1]);
        index.insert(new Envelope(c[i], c[i + 1]), s);
        n++;
      }
    }
    return n;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** The segments whose bounding boxes meet an area (a view's envelope, say). */
  @SuppressWarnings("unchecked")
  public List<LineSegment> near(Envelope area) {
    return size == 0 ? List.of() : index.query(area);
  }
}
