package org.camsurvey.report.map;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of the PNG and SVG maps: Noto Sans SC, the documents' bundled font, so that the images
 * set Chinese as the PDFs do; text widths are measured with fractional metrics, as drawn.
 */
final class MapFont {
  /** Where the build puts the documents' font (reports/pom.xml unpacks it beside DocumentFont). */
  private static final String BUNDLED = "/org/camsurvey/report/pdf/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);
  private static MapFont bundled;

  private final Font font;

  private MapFont(Font font) {
    this.font = font;
  }

  static synchronized MapFont bundled() {
    if (bundled == null) {
      try (InputStream in = MapFont.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("the bundled CJK font (" + BUNDLED + ") is missing from this build");
        }
        bundled = new MapFont(Font.createFont(Font.TRUETYPE_FONT, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("the bundled CJK font cannot be read", e);
      }
    }
    return bundled;
  }

  /** The name an SVG asks for, with a generic family where the reader lacks it. */
  String family() {
    return "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
  }

  Font at(float size) {
    return font.deriveFont(size);
  }

  float width(String text, float size) {
    return (float) at(size).getStringBounds(text, METRICS).getWidth();
  }
}
