package org.camsurvey.report.map;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.function.UnaryOperator;

/** A map drawn into an OpenPDF content stream, as vector graphics with the document's font. */
final class PdfMapCanvas implements MapCanvas {
  private final PdfContentByte cb;
  private final BaseFont font;
  private final UnaryOperator<String> glyphCheck;

  PdfMapCanvas(PdfContentByte cb, BaseFont font, UnaryOperator<String> glyphCheck) {
    this.cb = cb;
    this.font = font;
    this.glyphCheck = glyphCheck;
  }

  @Override
  public void save() {
    cb.saveState();
  }

  @Override
  public void restore() {
    cb.restoreState();
  }

  @Override
  public void clip(Shape shape) {
    if (path(shape)) {
      cb.eoClip();
    } else {
      cb.clip();
    }
    cb.newPath();
  }

  @Override
  public void fill(Shape shape, Color color, float opacity) {
    cb.saveState();
    opacity(opacity);
    cb.setColorFill(color);
    if (path(shape)) {
      cb.eoFill();
    } else {
      cb.fill();
    }
    cb.restoreState();
  }

  @Override
  public void stroke(Shape shape, Color color, float opacity, float width) {
    cb.saveState();
    opacity(opacity);
    cb.setColorStroke(color);
    cb.setLineWidth(width);
    path(shape);
    cb.stroke();
    cb.restoreState();
  }

  @Override
  public void text(String text, float x, float y, float size, Color color) {
    cb.beginText();
    cb.setFontAndSize(font, size);
    cb.setColorFill(color);
    cb.setTextMatrix(x, y);
    cb.showText(glyphCheck.apply(text));
    cb.endText();
  }

  @Override
  public float textWidth(String text, float size) {
    return font.getWidthPoint(text, size);
  }

  private void opacity(float opacity) {
    if (opacity < 1) {
      PdfGState state = new PdfGState();
      state.setFillOpacity(opacity);
      state.setStrokeOpacity(opacity);
      cb.setGState(state);
    }
  }

  /** Appends a shape's outline to the path; returns whether it is filled even-odd. */
  private boolean path(Shape shape) {
    PathIterator it = shape.getPathIterator(null);
    float[] c = new float[6];
    while (!it.isDone()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> cb.moveTo(c[0], c[1]);
        case PathIterator.SEG_LINETO -> cb.lineTo(c[0], c[1]);
        case PathIterator.SEG_QUADTO -> cb.curveTo(c[0], c[1], c[2], c[3]);
        case PathIterator.SEG_CUBICTO -> cb.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
        default -> cb.closePath();
      }
      it.next();
    }
    return it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
  }
}
