package org.camsurvey.report.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * How each kind of feature looks, the same in the documents, the PNGs and the SVGs (and in QGIS,
 * whose styles in {@code LayerStyles} take these colours): mandated zones green, forbidden red
 * hatched, views translucent blue, the part of a zone a finding is about solid red, other sites'
 * cameras and views grey.
 */
final class MapStyle {
  static final Color MANDATED = new Color(0x2E, 0x8B, 0x3E);
  static final Color MANDATED_FILL = new Color(0x8F, 0xD1, 0x9A);
  static final Color FORBIDDEN = new Color(0xC6, 0x28, 0x28);
  static final Color FINDING = new Color(0xE0, 0x00, 0x00);
  static final Color VIEW = new Color(0x1E, 0x5A, 0xC8);
  static final Color DIMMED = new Color(0x9A, 0x9A, 0x9A);
  static final Color SITE = new Color(0xEE, 0xEE, 0xEE);
  static final Color OBSTACLE = new Color(0x44, 0x44, 0x44);
  static final Color OBSTACLE_FILL = new Color(0x99, 0x99, 0x99);
  /** Labels are never set smaller (issue 15: map labels at least 7 pt). */
  static final float LABEL_SIZE = 7f;

  private MapStyle() {}

  static void mandated(MapCanvas canvas, Shape area) {
    canvas.fill(area, MANDATED_FILL, 0.45f);
    canvas.stroke(area, MANDATED, 1f, 0.8f);
  }

  static void forbidden(MapCanvas canvas, Shape area) {
    canvas.fill(area, FORBIDDEN, 0.15f);
    Rectangle2D bounds = area.getBounds2D();
    canvas.save();
    canvas.clip(area);
    Path2D lines = new Path2D.Double();
    double span = bounds.getWidth() + bounds.getHeight();
    for (double d = 0; d <= span; d += 3.5) {
      lines.moveTo(bounds.getMinX() + d, bounds.getMinY());
      lines.lineTo(bounds.getMinX() + d - bounds.getHeight(), bounds.getMaxY());
    }
    canvas.stroke(lines, FORBIDDEN, 1f, 0.5f);
    canvas.restore();
    canvas.stroke(area, FORBIDDEN, 1f, 0.8f);
  }

  /** The part of a zone a finding is about: what a camera sees of a forbidden zone, what no camera covers of a mandated one. */
  static void findingPart(MapCanvas canvas, Shape part) {
    canvas.fill(part, FINDING, 0.6f);
    canvas.stroke(part, FINDING, 1f, 1f);
  }

  static void view(MapCanvas canvas, Shape view, boolean dimmed) {
    canvas.fill(view, dimmed ? DIMMED : VIEW, dimmed ? 0.10f : 0.18f);
    canvas.stroke(view, dimmed ? DIMMED : VIEW, dimmed ? 0.35f : 0.6f, 0.4f);
  }

  static void camera(MapCanvas canvas, double x, double y, double headingDegrees, boolean dimmed) {
    double a = Math.toRadians(headingDegrees);
    Color ink = dimmed ? DIMMED : Color.BLACK;
    canvas.stroke(new Line2D.Double(x, y, x + Math.sin(a) * 7, y + Math.cos(a) * 7), ink, 1f, 0.9f);
    Ellipse2D dot = new Ellipse2D.Double(x - 2.2, y - 2.2, 4.4, 4.4);
    canvas.fill(dot, ink, 1f);
    canvas.stroke(dot, Color.WHITE, 1f, 0.5f);
  }

  /** The box a camera symbol takes, which labels keep clear of. */
  static Rectangle2D cameraBox(double x, double y) {
    return new Rectangle2D.Double(x - 3, y - 3, 6, 6);
  }

  /** A finding's number in a red-ringed white disc filling a box. */
  static void marker(MapCanvas canvas, Rectangle2D box, String number) {
    Ellipse2D disc = new Ellipse2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight());
    canvas.fill(disc, Color.WHITE, 1f);
    canvas.stroke(disc, FINDING, 1f, 1.1f);
    float w = canvas.textWidth(number, LABEL_SIZE);
    canvas.text(number, (float) (box.getCenterX() - w / 2), (float) (box.getCenterY() - LABEL_SIZE * 0.36), LABEL_SIZE,
        Color.BLACK);
  }

  /** The size of a finding's marker: a disc around its number. */
  static double markerSize(MapCanvas canvas, String number) {
    return Math.max(10, canvas.textWidth(number, LABEL_SIZE) + 4);
  }

  /** A text on a white ground filling its box. */
  static void label(MapCanvas canvas, Rectangle2D box, String text, Color ink) {
    canvas.fill(box, Color.WHITE, 0.8f);
    canvas.text(text, (float) box.getX() + 0.5f, (float) box.getY() + 1.6f, LABEL_SIZE, ink);
  }

  /** A thin line from what a label names to the label placed away from it. */
  static void leader(MapCanvas canvas, double fromX, double fromY, Rectangle2D to) {
    double x = Math.max(to.getMinX(), Math.min(fromX, to.getMaxX()));
    double y = Math.max(to.getMinY(), Math.min(fromY, to.getMaxY()));
    canvas.stroke(new Line2D.Double(fromX, fromY, x, y), Color.BLACK, 1f, 0.4f);
  }
}
