package org.camsurvey.report.map;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.report.DocumentText;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A site's map drawn as vector graphics into a PDF content stream: zones filled by rule
 * (mandated green, forbidden red hatched), the cameras' views as the rules see them (walls and
 * ground band included, translucent), walls and buildings, camera symbols with their ids, a
 * north arrow, a scale bar and a legend, fitted to the site.
 *
 * <p>The survey's frame is a transverse Mercator centred on the survey, so its grid north is true
 * north at the centre; elsewhere the arrow is turned by the convergence at the site.
 */
public final class SiteMap {
  static final Color MANDATED = new Color(0x2E, 0x8B, 0x3E);
  static final Color FORBIDDEN = new Color(0xC6, 0x28, 0x28);
  static final Color VIEW = new Color(0x1E, 0x5A, 0xC8);
  static final Color SITE = new Color(0xEE, 0xEE, 0xEE);
  static final Color OBSTACLE = new Color(0x44, 0x44, 0x44);
  private static final float LEGEND_HEIGHT = 30;
  private static final float LABEL_SIZE = 6.5f;

  private final Scene scene;
  private final DocumentText text;
  private final BaseFont font;
  private final UnaryOperator<String> glyphCheck;

  /**
   * @param glyphCheck notes characters the font lacks (and returns its argument)
   */
  public SiteMap(Scene scene, DocumentText text, BaseFont font, UnaryOperator<String> glyphCheck) {
    this.scene = scene;
    this.text = text;
    this.font = font;
    this.glyphCheck = glyphCheck;
  }

  /** Whether a site has anything to draw. */
  public boolean hasContent(Site site) {
    return !extent(site).isNull();
  }

  /** The ground a site's map shows: its outline, zones, cameras and what they see. */
  Envelope extent(Site site) {
    Survey survey = scene.survey();
    Envelope e = new Envelope();
    if (site.boundary() != null) {
      e.expandToInclude(site.boundary().getEnvelopeInternal());
    }
    for (Zone z : survey.zones()) {
      if (z.siteId().equals(site.siteId())) {
        e.expandToInclude(z.area().getEnvelopeInternal());
      }
    }
    for (int i = 0; i < survey.cameras().size(); i++) {
      Camera c = survey.cameras().get(i);
      if (c.siteId().equals(site.siteId())) {
        e.expandToInclude(c.location().getCoordinate());
        e.expandToInclude(scene.visible(i).getEnvelopeInternal());
      }
    }
    return e;
  }

  /**
   * Draws the map of a site in the box (x, y) to (x + width, y + height), in PDF points; the
   * legend takes the bottom strip.
   */
  public void draw(PdfContentByte cb, Site site, float x, float y, float width, float height) {
    Envelope ground = extent(site);
    double margin = Math.max(5, 0.06 * Math.max(ground.getWidth(), ground.getHeight()));
    ground.expandBy(margin);
    float mapY = y + LEGEND_HEIGHT;
    float mapHeight = height - LEGEND_HEIGHT;
    double scale = Math.min(width / ground.getWidth(), mapHeight / ground.getHeight());
    Transform t = new Transform(ground, scale, x + (float) (width - ground.getWidth() * scale) / 2,
        mapY + (float) (mapHeight - ground.getHeight() * scale) / 2);
    Envelope visibleGround = new Envelope(
        ground.getMinX() - (width / scale - ground.getWidth()) / 2, ground.getMaxX() + (width / scale - ground.getWidth()) / 2,
        ground.getMinY() - (mapHeight / scale - ground.getHeight()) / 2, ground.getMaxY() + (mapHeight / scale - ground.getHeight()) / 2);

    cb.saveState();
    cb.rectangle(x, mapY, width, mapHeight);
    cb.clip();
    cb.newPath();
    Survey survey = scene.survey();
    // sites
    for (Site s : survey.sites()) {
      if (s.boundary() != null && s.boundary().getEnvelopeInternal().intersects(visibleGround)) {
        cb.saveState();
        cb.setColorFill(SITE);
        cb.setColorStroke(s.siteId().equals(site.siteId()) ? Color.DARK_GRAY : Color.GRAY);
        cb.setLineWidth(s.siteId().equals(site.siteId()) ? 1f : 0.4f);
        path(cb, s.boundary(), t);
        cb.eoFillStroke();
        cb.restoreState();
      }
    }
    // zones
    for (Zone z : survey.zones()) {
      if (z.area().getEnvelopeInternal().intersects(visibleGround)) {
        if (z.rule() == ZoneRule.MANDATED) {
          cb.saveState();
          translucent(cb, 0.45f, 1f);
          cb.setColorFill(new Color(0x8F, 0xD1, 0x9A));
          cb.setColorStroke(MANDATED);
          cb.setLineWidth(0.8f);
          path(cb, z.area(), t);
          cb.eoFillStroke();
          cb.restoreState();
        } else {
          hatch(cb, z.area(), t, FORBIDDEN);
        }
      }
    }
    // views
    List<float[]> cameraPoints = new ArrayList<>();
    List<String> cameraIds = new ArrayList<>();
    for (int i = 0; i < survey.cameras().size(); i++) {
      Camera c = survey.cameras().get(i);
      Geometry view = scene.visible(i);
      boolean shown = visibleGround.contains(c.location().getCoordinate())
          || !view.isEmpty() && view.getEnvelopeInternal().intersects(visibleGround);
      if (!shown) {
        continue;
      }
      if (!view.isEmpty()) {
        cb.saveState();
        translucent(cb, 0.18f, 0.6f);
        cb.setColorFill(VIEW);
        cb.setColorStroke(VIEW);
        cb.setLineWidth(0.4f);
        path(cb, view, t);
        cb.eoFillStroke();
        cb.restoreState();
      }
      if (visibleGround.contains(c.location().getCoordinate())) {
        cameraPoints.add(new float[] {t.x(c.location().getX()), t.y(c.location().getY()), (float) c.headingDegrees()});
        cameraIds.add(c.cameraId());
      }
    }
    // obstacles
    for (Obstacle o : survey.obstacles()) {
      if (!o.shape().getEnvelopeInternal().intersects(visibleGround)) {
        continue;
      }
      cb.saveState();
      cb.setColorStroke(OBSTACLE);
      cb.setColorFill(new Color(0x99, 0x99, 0x99));
      cb.setLineWidth(1.6f);
      path(cb, o.shape(), t);
      if (o.shape().getDimension() == 2) {
        cb.eoFillStroke();
      } else {
        cb.stroke();
      }
      cb.restoreState();
    }
    // cameras, then their labels where they fit
    List<float[]> taken = new ArrayList<>();
    for (float[] p : cameraPoints) {
      camera(cb, p[0], p[1], p[2]);
      taken.add(new float[] {p[0] - 3, p[1] - 3, p[0] + 3, p[1] + 3});
    }
    cb.restoreState();
    taken.add(northArrowBox(x, mapY, width, mapHeight));
    taken.add(new float[] {x, mapY, x + 120, mapY + 22});
    for (int i = 0; i < cameraPoints.size(); i++) {
      label(cb, cameraIds.get(i), cameraPoints.get(i)[0], cameraPoints.get(i)[1], taken, x, mapY, width, mapHeight);
    }
    northArrow(cb, site, x, mapY, width, mapHeight);
    scaleBar(cb, scale, x, mapY);
    cb.saveState();
    cb.setColorStroke(Color.DARK_GRAY);
    cb.setLineWidth(0.6f);
    cb.rectangle(x, mapY, width, mapHeight);
    cb.stroke();
    cb.restoreState();
    legend(cb, x, y, width);
  }

  private record Transform(Envelope ground, double scale, float offsetX, float offsetY) {
    float x(double gx) {
      return offsetX + (float) ((gx - ground.getMinX()) * scale);
    }

    float y(double gy) {
      return offsetY + (float) ((gy - ground.getMinY()) * scale);
    }
  }

  private static void translucent(PdfContentByte cb, float fill, float stroke) {
    PdfGState state = new PdfGState();
    state.setFillOpacity(fill);
    state.setStrokeOpacity(stroke);
    cb.setGState(state);
  }

  private static void path(PdfContentByte cb, Geometry g, Transform t) {
    for (int n = 0; n < g.getNumGeometries(); n++) {
      Geometry part = g.getGeometryN(n);
      if (part instanceof Polygon p) {
        ring(cb, p.getExteriorRing().getCoordinates(), t, true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          ring(cb, p.getInteriorRingN(h).getCoordinates(), t, true);
        }
      } else if (part instanceof LineString l) {
        ring(cb, l.getCoordinates(), t, false);
      } else if (part.getNumGeometries() > 1 || part != g) {
        path(cb, part, t);
      }
    }
  }

  private static void ring(PdfContentByte cb, Coordinate[] cs, Transform t, boolean close) {
    if (cs.length == 0) {
      return;
    }
    cb.moveTo(t.x(cs[0].x), t.y(cs[0].y));
    for (int i = 1; i < cs.length; i++) {
      cb.lineTo(t.x(cs[i].x), t.y(cs[i].y));
    }
    if (close) {
      cb.closePath();
    }
  }

  private static void hatch(PdfContentByte cb, Geometry area, Transform t, Color color) {
    Envelope e = area.getEnvelopeInternal();
    float x0 = t.x(e.getMinX());
    float x1 = t.x(e.getMaxX());
    float y0 = t.y(e.getMinY());
    float y1 = t.y(e.getMaxY());
    cb.saveState();
    translucent(cb, 0.15f, 1f);
    cb.setColorFill(color);
    path(cb, area, t);
    cb.eoFill();
    cb.restoreState();
    cb.saveState();
    path(cb, area, t);
    cb.eoClip();
    cb.newPath();
    cb.setColorStroke(color);
    cb.setLineWidth(0.5f);
    float span = (x1 - x0) + (y1 - y0);
    for (float d = 0; d <= span; d += 3.5f) {
      cb.moveTo(x0 + d, y0);
      cb.lineTo(x0 + d - (y1 - y0), y1);
    }
    cb.stroke();
    cb.restoreState();
    cb.saveState();
    cb.setColorStroke(color);
    cb.setLineWidth(0.8f);
    path(cb, area, t);
    cb.stroke();
    cb.restoreState();
  }

  private static void camera(PdfContentByte cb, float x, float y, float headingDegrees) {
    double a = Math.toRadians(headingDegrees);
    cb.saveState();
    cb.setColorStroke(Color.BLACK);
    cb.setLineWidth(0.9f);
    cb.moveTo(x, y);
    cb.lineTo(x + (float) (Math.sin(a) * 7), y + (float) (Math.cos(a) * 7));
    cb.stroke();
    cb.setColorFill(Color.BLACK);
    cb.setColorStroke(Color.WHITE);
    cb.setLineWidth(0.5f);
    cb.circle(x, y, 2.2f);
    cb.fillStroke();
    cb.restoreState();
  }

  private void label(PdfContentByte cb, String id, float px, float py, List<float[]> taken,
      float x, float y, float width, float height) {
    float w = font.getWidthPoint(id, LABEL_SIZE);
    float h = LABEL_SIZE;
    float[][] offsets = {{4, 3}, {4, -3 - h}, {-4 - w, 3}, {-4 - w, -3 - h}, {-w / 2, 5}, {-w / 2, -5 - h}};
    for (float[] o : offsets) {
      float[] box = {px + o[0] - 0.5f, py + o[1] - 1, px + o[0] + w + 0.5f, py + o[1] + h};
      if (box[0] < x || box[2] > x + width || box[1] < y || box[3] > y + height || collides(box, taken)) {
        continue;
      }
      taken.add(box);
      cb.saveState();
      cb.setColorFill(Color.WHITE);
      translucent(cb, 0.75f, 1f);
      cb.rectangle(box[0], box[1], box[2] - box[0], box[3] - box[1]);
      cb.fill();
      cb.restoreState();
      text(cb, id, px + o[0], py + o[1] + 0.8f, LABEL_SIZE, Color.BLACK);
      return;
    }
  }

  private static boolean collides(float[] box, List<float[]> taken) {
    for (float[] o : taken) {
      if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) {
        return true;
      }
    }
    return false;
  }

  private void text(PdfContentByte cb, String s, float x, float y, float size, Color color) {
    cb.beginText();
    cb.setFontAndSize(font, size);
    cb.setColorFill(color);
    cb.setTextMatrix(x, y);
    cb.showText(glyphCheck.apply(s));
    cb.endText();
  }

  private static float[] northArrowBox(float x, float y, float width, float height) {
    return new float[] {x + width - 30, y + height - 42, x + width, y + height};
  }

  private void northArrow(PdfContentByte cb, Site site, float x, float y, float width, float height) {
    Envelope e = extent(site);
    var frame = scene.survey().frame();
    double[] ll = frame.toLonLat(e.centre().x, e.centre().y);
    Coordinate north = frame.fromLonLat(ll[0], ll[1] + 0.001);
    double angle = Math.atan2(north.x - e.centre().x, north.y - e.centre().y);
    float cx = x + width - 15;
    float cy = y + height - 24;
    float len = 11;
    float dx = (float) Math.sin(angle);
    float dy = (float) Math.cos(angle);
    cb.saveState();
    cb.setColorFill(Color.WHITE);
    translucent(cb, 0.8f, 1f);
    cb.rectangle(x + width - 30, y + height - 42, 30, 42);
    cb.fill();
    cb.restoreState();
    cb.saveState();
    cb.setColorFill(Color.BLACK);
    cb.moveTo(cx + dx * len, cy + dy * len);
    cb.lineTo(cx - dy * 4 - dx * len * 0.6f, cy + dx * 4 - dy * len * 0.6f);
    cb.lineTo(cx - dx * len * 0.25f, cy - dy * len * 0.25f);
    cb.lineTo(cx + dy * 4 - dx * len * 0.6f, cy - dx * 4 - dy * len * 0.6f);
    cb.closePath();
    cb.fill();
    cb.restoreState();
    String n = text.text("map.north");
    float w = font.getWidthPoint(n, 8);
    text(cb, n, cx + dx * (len + 7) - w / 2, cy + dy * (len + 7) - 3, 8, Color.BLACK);
  }

  private void scaleBar(PdfContentByte cb, double scale, float x, float y) {
    double target = 90 / scale;
    double unit = Math.pow(10, Math.floor(Math.log10(target)));
    double metres = unit;
    for (double m : new double[] {unit, 2 * unit, 5 * unit}) {
      if (m <= target) {
        metres = m;
      }
    }
    float length = (float) (metres * scale);
    float bx = x + 8;
    float by = y + 8;
    cb.saveState();
    cb.setColorFill(Color.WHITE);
    translucent(cb, 0.8f, 1f);
    cb.rectangle(x + 2, y + 2, length + 60, 18);
    cb.fill();
    cb.restoreState();
    cb.saveState();
    cb.setLineWidth(0.5f);
    cb.setColorStroke(Color.BLACK);
    cb.setColorFill(Color.BLACK);
    cb.rectangle(bx, by, length / 2, 3);
    cb.fillStroke();
    cb.setColorFill(Color.WHITE);
    cb.rectangle(bx + length / 2, by, length / 2, 3);
    cb.fillStroke();
    cb.restoreState();
    String label = text.format("map.scale", metres == Math.rint(metres) ? Long.toString((long) metres) : Double.toString(metres));
    text(cb, label, bx + length + 4, by - 0.5f, 7, Color.BLACK);
  }

  private void legend(PdfContentByte cb, float x, float y, float width) {
    float lx = x;
    float ly = y + LEGEND_HEIGHT - 12;
    String[] keys = {"map.legend.mandated", "map.legend.forbidden", "map.legend.view", "map.legend.camera",
        "map.legend.obstacle", "map.legend.site"};
    for (String key : keys) {
      String label = text.text(key);
      float w = 16 + font.getWidthPoint(label, 7) + 12;
      if (lx + w > x + width) {
        lx = x;
        ly -= 12;
      }
      float sx = lx;
      float sy = ly;
      cb.saveState();
      switch (key) {
        case "map.legend.mandated" -> {
          cb.setColorFill(new Color(0x8F, 0xD1, 0x9A));
          cb.setColorStroke(MANDATED);
          cb.rectangle(sx, sy, 12, 8);
          cb.fillStroke();
        }
        case "map.legend.forbidden" -> {
          Geometry box = scene.survey().frame().geometryFactory().toGeometry(new Envelope(0, 12, 0, 8));
          hatch(cb, box, new Transform(new Envelope(0, 12, 0, 8), 1, sx, sy), FORBIDDEN);
        }
        case "map.legend.view" -> {
          translucent(cb, 0.18f, 0.6f);
          cb.setColorFill(VIEW);
          cb.setColorStroke(VIEW);
          cb.moveTo(sx + 1, sy + 1);
          cb.lineTo(sx + 12, sy + 8);
          cb.lineTo(sx + 12, sy - 1);
          cb.closePath();
          cb.fillStroke();
        }
        case "map.legend.camera" -> camera(cb, sx + 5, sy + 4, 90);
        case "map.legend.obstacle" -> {
          cb.setColorStroke(OBSTACLE);
          cb.setLineWidth(1.6f);
          cb.moveTo(sx, sy + 4);
          cb.lineTo(sx + 12, sy + 4);
          cb.stroke();
        }
        default -> {
          cb.setColorFill(SITE);
          cb.setColorStroke(Color.DARK_GRAY);
          cb.rectangle(sx, sy, 12, 8);
          cb.fillStroke();
        }
      }
      cb.restoreState();
      text(cb, label, sx + 16, sy + 1, 7, Color.BLACK);
      lx += w;
    }
  }
}
