package org.camsurvey.report.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A map drawn into an image with Java 2D (headless), at a resolution given in dots per inch; the
 * points of {@link MapCanvas} are turned into pixels, y downwards.
 */
final class RasterMapCanvas implements MapCanvas {
  private final Graphics2D g;
  private final MapFont font;
  private final AffineTransform page;
  /** The clips saved, in user space; an empty optional where nothing was clipped. */
  private final Deque<Optional<Shape>> clips = new ArrayDeque<>();

  RasterMapCanvas(BufferedImage image, float heightPoints, double dotsPerInch, MapFont font) {
    this.g = image.createGraphics();
    this.font = font;
    double pixelsPerPoint = dotsPerInch / 72;
    page = new AffineTransform(pixelsPerPoint, 0, 0, -pixelsPerPoint, 0, heightPoints * pixelsPerPoint);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setTransform(page);
  }

  @Override
  public void save() {
    clips.push(Optional.ofNullable(g.getClip()));
  }

  @Override
  public void restore() {
    g.setClip(clips.pop().orElse(null));
  }

  @Override
  public void clip(Shape shape) {
    g.clip(shape);
  }

  @Override
  public void fill(Shape shape, Color color, float opacity) {
    paint(color, opacity);
    g.fill(shape);
  }

  @Override
  public void stroke(Shape shape, Color color, float opacity, float width) {
    paint(color, opacity);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    g.draw(shape);
  }

  @Override
  public void text(String text, float x, float y, float size, Color color) {
    paint(color, 1);
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    g.scale(1, -1);
    g.setFont(font.at(size));
    g.drawString(text, 0f, 0f);
    g.setTransform(saved);
  }

  @Override
  public float textWidth(String text, float size) {
    return font.width(text, size);
  }

  void dispose() {
    g.dispose();
  }

  private void paint(Color color, float opacity) {
    g.setColor(color);
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
  }
}
