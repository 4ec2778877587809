package org.camsurvey.report.map;

import java.awt.Color;
import java.awt.Shape;

/**
 * Where a map is drawn: a PDF content stream, a raster image or an SVG document. Coordinates are
 * points (1/72 inch) with y upwards, as in PDF; a shape's winding rule says whether it is filled
 * even-odd. One drawing serves the three, so that the PNG, the SVG and the document's map agree.
 */
interface MapCanvas {
  /** Saves the clip, until the matching {@link #restore}. */
  void save();

  void restore();

  /** Narrows what is drawn to the inside of a shape, until the next {@link #restore}. */
  void clip(Shape shape);

  void fill(Shape shape, Color color, float opacity);

  void stroke(Shape shape, Color color, float opacity, float width);

  /** A line of text with its baseline's left end at (x, y). */
  void text(String text, float x, float y, float size, Color color);

  /** How wide a text is set at a size, in points. */
  float textWidth(String text, float size);
}
