package org.camsurvey.report.map;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.report.DocumentText;

/**
 * The strip under a map: its scale bar on the left, the north arrow on the right, the legend
 * between them, and notes of what could not be shown (labels left out, findings without an
 * inset). Nothing in it is drawn over the map.
 */
final class MapLegend {
  static final float ROW = 11;
  private static final float SCALE_BLOCK = 112;
  private static final float NORTH_BLOCK = 30;
  private static final float MIN_HEIGHT = 36;
  private static final float SYMBOL = 16;

  private final DocumentText text;

  MapLegend(DocumentText text) {
    this.text = text;
  }

  /** The legend's entries for what the map shows. */
  static List<String> keys(boolean findings, boolean others, boolean insets) {
    List<String> keys = new ArrayList<>(List.of("map.legend.mandated", "map.legend.forbidden"));
    if (findings) {
      keys.add("map.legend.finding");
    }
    keys.addAll(List.of("map.legend.view", "map.legend.camera"));
    if (others) {
      keys.add("map.legend.dimmed");
    }
    keys.addAll(List.of("map.legend.obstacle", "map.legend.site"));
    if (findings) {
      keys.add("map.legend.number");
    }
    if (insets) {
      keys.add("map.legend.inset");
    }
    return keys;
  }

  /** How tall the strip is for a width, its entries and notes. */
  float height(MapCanvas canvas, float width, List<String> keys, List<String> notes) {
    return Math.max(MIN_HEIGHT, (rows(canvas, width, keys) + notes.size()) * ROW + 6);
  }

  /**
   * Draws the strip in a box.
   *
   * @param scale the main map's points per metre
   * @param northRadians true north's direction from grid north, clockwise
   */
  void draw(MapCanvas canvas, Rectangle2D strip, List<String> keys, List<String> notes, double scale,
      double northRadians) {
    scaleBar(canvas, scale, (float) strip.getX() + 6, (float) strip.getMaxY() - 13, 80);
    northArrow(canvas, northRadians, (float) strip.getMaxX() - NORTH_BLOCK / 2, (float) strip.getMaxY() - 22);
    float left = (float) strip.getX() + SCALE_BLOCK;
    float right = (float) strip.getMaxX() - NORTH_BLOCK;
    float lx = left;
    float ly = (float) strip.getMaxY() - ROW;
    for (String key : keys) {
      String label = text.text(key);
      float w = entryWidth(canvas, label);
      if (lx + w > right && lx > left) {
        lx = left;
        ly -= ROW;
      }
      symbol(canvas, key, lx, ly);
      canvas.text(label, lx + SYMBOL, ly + 1, MapStyle.LABEL_SIZE, Color.BLACK);
      lx += w;
    }
    for (String note : notes) {
      ly -= ROW;
      canvas.text(fit(canvas, note, right - left), left, ly + 1, MapStyle.LABEL_SIZE, Color.BLACK);
    }
  }

  /** A text cut to a width, with an ellipsis where it was cut. */
  static String fit(MapCanvas canvas, String s, float width) {
    if (canvas.textWidth(s, MapStyle.LABEL_SIZE) <= width) {
      return s;
    }
    String cut = s;
    while (!cut.isEmpty() && canvas.textWidth(cut + "…", MapStyle.LABEL_SIZE) > width) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut + "…";
  }

  private int rows(MapCanvas canvas, float width, List<String> keys) {
    float left = SCALE_BLOCK;
    float right = width - NORTH_BLOCK;
    float lx = left;
    int rows = 1;
    for (String key : keys) {
      float w = entryWidth(canvas, text.text(key));
      if (lx + w > right && lx > left) {
        lx = left;
        rows++;
      }
      lx += w;
    }
    return rows;
  }

  private static float entryWidth(MapCanvas canvas, String label) {
    return SYMBOL + canvas.textWidth(label, MapStyle.LABEL_SIZE) + 10;
  }

  private static void symbol(MapCanvas canvas, String key, float x, float y) {
    Rectangle2D box = new Rectangle2D.Double(x, y, 12, 8);
    switch (key) {
      case "map.legend.mandated" -> MapStyle.mandated(canvas, box);
      case "map.legend.forbidden" -> MapStyle.forbidden(canvas, box);
      case "map.legend.finding" -> MapStyle.findingPart(canvas, box);
      case "map.legend.view", "map.legend.dimmed" -> {
        Path2D wedge = new Path2D.Double();
        wedge.moveTo(x + 1, y + 1);
        wedge.lineTo(x + 12, y + 8);
        wedge.lineTo(x + 12, y - 1);
        wedge.closePath();
        boolean dimmed = key.equals("map.legend.dimmed");
        MapStyle.view(canvas, wedge, dimmed);
        if (dimmed) {
          MapStyle.camera(canvas, x + 2, y + 2, 70, true);
        }
      }
      case "map.legend.camera" -> MapStyle.camera(canvas, x + 5, y + 4, 90, false);
      case "map.legend.obstacle" -> canvas.stroke(new Line2D.Double(x, y + 4, x + 12, y + 4), MapStyle.OBSTACLE, 1f, 1.6f);
      case "map.legend.number" -> MapStyle.marker(canvas, new Rectangle2D.Double(x + 1, y - 1, 10, 10), "1");
      case "map.legend.inset" -> canvas.stroke(box, Color.DARK_GRAY, 1f, 0.8f);
      default -> {
        canvas.fill(box, MapStyle.SITE, 1f);
        canvas.stroke(box, Color.DARK_GRAY, 1f, 1f);
      }
    }
  }

  /** A bar of a round length up to some points, half black, half white, and its length in metres. */
  void scaleBar(MapCanvas canvas, double scale, float x, float y, float maxPoints) {
    double target = maxPoints / scale;
    double unit = Math.pow(10, Math.floor(Math.log10(target)));
    double metres = unit;
    for (double m : new double[] {unit, 2 * unit, 5 * unit}) {
      if (m <= target) {
        metres = m;
      }
    }
    float length = (float) (metres * scale);
    Rectangle2D black = new Rectangle2D.Double(x, y, length / 2, 3);
    Rectangle2D white = new Rectangle2D.Double(x + length / 2, y, length / 2, 3);
    canvas.fill(black, Color.BLACK, 1f);
    canvas.stroke(black, Color.BLACK, 1f, 0.5f);
    canvas.fill(white, Color.WHITE, 1f);
    canvas.stroke(white, Color.BLACK, 1f, 0.5f);
    String shown = metres == Math.rint(metres) ? Long.toString((long) metres) : Double.toString(metres);
    canvas.text(text.format("map.scale", shown), x + length + 4, y - 0.5f, MapStyle.LABEL_SIZE, Color.BLACK);
  }

  private void northArrow(MapCanvas canvas, double angle, float cx, float cy) {
    float len = 9;
    float dx = (float) Math.sin(angle);
    float dy = (float) Math.cos(angle);
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(cx + dx * len, cy + dy * len);
    arrow.lineTo(cx - dy * 4 - dx * len * 0.6f, cy + dx * 4 - dy * len * 0.6f);
    arrow.lineTo(cx - dx * len * 0.25f, cy - dy * len * 0.25f);
    arrow.lineTo(cx + dy * 4 - dx * len * 0.6f, cy - dx * 4 - dy * len * 0.6f);
    arrow.closePath();
    canvas.fill(arrow, Color.BLACK, 1f);
    String n = text.text("map.north");
    float w = canvas.textWidth(n, 8);
    canvas.text(n, cx + dx * (len + 6) - w / 2, cy + dy * (len + 6) - 3, 8, Color.BLACK);
  }
}
