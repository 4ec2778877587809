package org.camsurvey.report.map;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A map written as an SVG 1.1 document, by hand: small, with coordinates rounded to a hundredth
 * of a point and numbered clip paths, so that the same map gives the same bytes. SVG's y runs
 * downwards, so every y is turned over the page's height here.
 */
final class SvgMapCanvas implements MapCanvas {
  private final StringBuilder body = new StringBuilder();
  private final float width;
  private final float height;
  private final MapFont font;
  /** How many {@code <g>} each saved state opened, to close them on restore. */
  private final Deque<int[]> groups = new ArrayDeque<>();
  private int clipCount;

  SvgMapCanvas(float width, float height, MapFont font) {
    this.width = width;
    this.height = height;
    this.font = font;
  }

  @Override
  public void save() {
    groups.push(new int[1]);
  }

  @Override
  public void restore() {
    int open = groups.pop()[0];
    body.append("</g>\n".repeat(open));
  }

  @Override
  public void clip(Shape shape) {
    String id = "c" + ++clipCount;
    body.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(d(shape)).append('"')
        .append(rule(shape, "clip-rule")).append("/></clipPath>\n");
    body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
    if (!groups.isEmpty()) {
      groups.peek()[0]++;
    }
  }

  @Override
  public void fill(Shape shape, Color color, float opacity) {
    body.append("<path d=\"").append(d(shape)).append("\" fill=\"").append(hex(color)).append('"')
        .append(rule(shape, "fill-rule")).append(opacity(opacity, "fill-opacity")).append("/>\n");
  }

  @Override
  public void stroke(Shape shape, Color color, float opacity, float width) {
    body.append("<path d=\"").append(d(shape)).append("\" fill=\"none\" stroke=\"").append(hex(color))
        .append("\" stroke-width=\"").append(number(width)).append('"').append(opacity(opacity, "stroke-opacity"))
        .append("/>\n");
  }

  @Override
  public void text(String text, float x, float y, float size, Color color) {
    body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(height - y))
        .append("\" font-size=\"").append(number(size)).append("\" fill=\"").append(hex(color)).append("\">")
        .append(escape(text)).append("</text>\n");
  }

  @Override
  public float textWidth(String text, float size) {
    return font.width(text, size);
  }

  /** The whole document: the page in points, a white background, and what was drawn. */
  String document(String title) {
    while (!groups.isEmpty()) {
      restore();
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + number(width) + "pt\" height=\""
        + number(height) + "pt\" viewBox=\"0 0 " + number(width) + " " + number(height) + "\" font-family=\""
        + escape(font.family()) + "\">\n<title>" + escape(title) + "</title>\n"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
  }

  private String d(Shape shape) {
    StringBuilder d = new StringBuilder();
    PathIterator it = shape.getPathIterator(null);
    float[] c = new float[6];
    while (!it.isDone()) {
      int type = it.currentSegment(c);
      switch (type) {
        case PathIterator.SEG_MOVETO -> d.append('M').append(point(c, 0));
        case PathIterator.SEG_LINETO -> d.append('L').append(point(c, 0));
        case PathIterator.SEG_QUADTO -> d.append('Q').append(point(c, 0)).append(' ').append(point(c, 2));
        case PathIterator.SEG_CUBICTO -> d.append('C').append(point(c, 0)).append(' ').append(point(c, 2))
            .append(' ').append(point(c, 4));
        default -> d.append('Z');
      }
      it.next();
    }
    return d.toString();
  }

  private String point(float[] c, int i) {
    return number(c[i]) + " " + number(height - c[i + 1]);
  }

  private static String rule(Shape shape, String attribute) {
    return shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD
        ? " " + attribute + "=\"evenodd\"" : "";
  }

  private static String opacity(float opacity, String attribute) {
    return opacity < 1 ? " " + attribute + "=\"" + number(opacity) + "\"" : "";
  }

  private static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  static String number(double v) {
    BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          // XML 1.0 allows no control character but tab and newline
          if (cp >= 0x20 || cp == '\t' || cp == '\n') {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
