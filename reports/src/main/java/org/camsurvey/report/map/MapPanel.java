package org.camsurvey.report.map;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A frame on the page that shows a stretch of ground: the main map, or an inset at a finding's
 * scale. Ground is in the survey's metric frame; the page in points, y upwards.
 *
 * @param ground the ground the panel was fitted to
 * @param scale points per metre
 * @param box the panel on the page
 */
record MapPanel(Envelope ground, double scale, double offsetX, double offsetY, Rectangle2D box) {

  /** A panel showing all of some ground, centred in a box. */
  static MapPanel fit(Envelope ground, Rectangle2D box) {
    double scale = Math.min(box.getWidth() / ground.getWidth(), box.getHeight() / ground.getHeight());
    return new MapPanel(ground, scale, box.getX() + (box.getWidth() - ground.getWidth() * scale) / 2,
        box.getY() + (box.getHeight() - ground.getHeight() * scale) / 2, box);
  }

  double x(double groundX) {
    return offsetX + (groundX - ground.getMinX()) * scale;
  }

  double y(double groundY) {
    return offsetY + (groundY - ground.getMinY()) * scale;
  }

  Point2D point(Coordinate c) {
    return new Point2D.Double(x(c.x), y(c.y));
  }

  /** All the ground the box shows, more than {@link #ground} along one side. */
  Envelope visibleGround() {
    return new Envelope(ground.getMinX() - (offsetX - box.getMinX()) / scale,
        ground.getMinX() + (box.getMaxX() - offsetX) / scale,
        ground.getMinY() - (offsetY - box.getMinY()) / scale,
        ground.getMinY() + (box.getMaxY() - offsetY) / scale);
  }

  /** Whether some ground shows in the panel. */
  boolean shows(Envelope e) {
    return e.intersects(visibleGround());
  }

  /** A ground envelope as a rectangle on the page. */
  Rectangle2D rectangle(Envelope e) {
    return new Rectangle2D.Double(x(e.getMinX()), y(e.getMinY()), e.getWidth() * scale, e.getHeight() * scale);
  }

  /** A geometry's outline on the page, holes filled even-odd. */
  Path2D path(Geometry g) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    append(path, g);
    return path;
  }

  private void append(Path2D path, Geometry g) {
    for (int n = 0; n < g.getNumGeometries(); n++) {
      Geometry part = g.getGeometryN(n);
      if (part instanceof Polygon p) {
        ring(path, p.getExteriorRing().getCoordinates(), true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          ring(path, p.getInteriorRingN(h).getCoordinates(), true);
        }
      } else if (part instanceof LineString l) {
        ring(path, l.getCoordinates(), false);
      } else if (part != g) {
        append(path, part);
      }
    }
  }

  private void ring(Path2D path, Coordinate[] cs, boolean close) {
    if (cs.length == 0) {
      return;
    }
    path.moveTo(x(cs[0].x), y(cs[0].y));
    for (int i = 1; i < cs.length; i++) {
      path.lineTo(x(cs[i].x), y(cs[i].y));
    }
    if (close) {
      path.closePath();
    }
  }
}
