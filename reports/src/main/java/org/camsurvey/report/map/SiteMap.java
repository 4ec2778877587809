package org.camsurvey.report.map;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.report.DocumentText;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A site's map: zones by rule, the cameras' views as the rules see them (walls and ground band
 * included), walls and buildings, and each finding numbered as the text numbers it, the part of a
 * zone it is about in red; other sites' cameras and views grey. A part too small to see at the
 * site's scale is drawn again in an inset beside the map, at its own scale. Camera ids are placed
 * where they cover nothing ({@link MapLabels}); the scale bar, north arrow and legend stand in a
 * strip under the map ({@link MapLegend}), never over it.
 *
 * <p>The same drawing goes into a PDF ({@link #draw(PdfContentByte, Site, float, float, float,
 * float)}), a PNG or an SVG ({@link SiteMapImages}).
 *
 * <p>The survey's frame is a transverse Mercator centred on the survey, so its grid north is true
 * north at the centre; elsewhere the arrow is turned by the convergence at the site.
 */
public final class SiteMap {
  private static final float INSET_SHARE = 0.3f;
  private static final float GAP = 6;
  private static final float CAPTION = 12;
  private static final float MIN_INSET = 70;

  private final Scene scene;
  private final DocumentText text;
  private final BaseFont font;
  private final UnaryOperator<String> glyphCheck;
  private final List<MapFinding> findings;

  /**
   * A map for a PDF, its findings not marked until {@link #numbered} gives them.
   *
   * @param glyphCheck notes characters the font lacks (and returns its argument)
   */
  public SiteMap(Scene scene, DocumentText text, BaseFont font, UnaryOperator<String> glyphCheck) {
    this(scene, text, font, glyphCheck, List.of());
  }

  private SiteMap(Scene scene, DocumentText text, BaseFont font, UnaryOperator<String> glyphCheck,
      List<MapFinding> findings) {
    this.scene = scene;
    this.text = text;
    this.font = font;
    this.glyphCheck = glyphCheck;
    this.findings = List.copyOf(findings);
  }

  /** A map for images, drawn with the bundled font. */
  static SiteMap forImages(Scene scene, DocumentText text, List<MapFinding> findings) {
    return new SiteMap(scene, text, null, UnaryOperator.identity(), findings);
  }

  /**
   * The same map with findings marked by the numbers the document gives them; those of other
   * sites, and those with no place on the ground, are left off each site's map.
   */
  public SiteMap numbered(List<MapFinding> numbered) {
    return new SiteMap(scene, text, font, glyphCheck, numbered);
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

  /** The findings a site's map marks: its own and those about its zones, where they have a place. */
  List<MapFinding> findingsOf(Site site) {
    List<MapFinding> here = new ArrayList<>();
    for (MapFinding f : findings) {
      Geometry g = f.finding().geometry();
      boolean about = site.siteId().equals(f.finding().siteId()) || site.siteId().equals(f.finding().zoneSiteId());
      if (about && g != null && !g.isEmpty()) {
        here.add(f);
      }
    }
    return here;
  }

  /**
   * Draws the map of a site in the box (x, y) to (x + width, y + height), in PDF points; the
   * legend takes the bottom strip.
   */
  public void draw(PdfContentByte cb, Site site, float x, float y, float width, float height) {
    draw(new PdfMapCanvas(cb, font, glyphCheck), site, new Rectangle2D.Double(x, y, width, height), List.of());
  }

  /** What was laid out: the main map, its insets, and the legend's notes. */
  record Layout(MapPanel main, List<MapInsets.Inset> insets, List<Rectangle2D> insetBoxes, List<String> notes,
      Rectangle2D strip, List<String> keys) {}

  /** Draws the map in a box; a key (one line a finding) may take the bottom of it. */
  void draw(MapCanvas canvas, Site site, Rectangle2D box, List<String> key) {
    List<MapFinding> here = findingsOf(site);
    float keyHeight = key.isEmpty() ? 0 : key.size() * MapLegend.ROW + 4;
    Rectangle2D rest = new Rectangle2D.Double(box.getX(), box.getY() + keyHeight, box.getWidth(), box.getHeight() - keyHeight);
    MapLegend legend = new MapLegend(text);
    Layout layout = layout(canvas, legend, site, rest, here, List.of());
    MapFeatures features = new MapFeatures(scene, site);
    List<String> notes = labelsAndNotes(canvas, false, features, layout, here);
    if (!notes.isEmpty()) {
      layout = layout(canvas, legend, site, rest, here, notes);
      notes = labelsAndNotes(canvas, false, features, layout, here);
      layout = new Layout(layout.main(), layout.insets(), layout.insetBoxes(), notes, layout.strip(), layout.keys());
    }

    features.draw(canvas, layout.main(), here);
    canvas.save();
    canvas.clip(layout.main().box());
    for (MapInsets.Inset inset : layout.insets()) {
      canvas.stroke(layout.main().rectangle(inset.ground()), Color.DARK_GRAY, 1f, 0.8f);
    }
    canvas.restore();
    labelsAndNotes(canvas, true, features, layout, here);
    frame(canvas, layout.main().box());
    for (int i = 0; i < layout.insets().size(); i++) {
      inset(canvas, legend, features, layout.insets().get(i), layout.insetBoxes().get(i));
    }
    legend.draw(canvas, layout.strip(), layout.keys(), layout.notes(), layout.main().scale(), northRadians(site));
    float ky = (float) box.getY() + keyHeight - MapLegend.ROW;
    for (String line : key) {
      canvas.text(MapLegend.fit(canvas, line, (float) box.getWidth()), (float) box.getX(), ky + 2, MapStyle.LABEL_SIZE,
          Color.BLACK);
      ky -= MapLegend.ROW;
    }
  }

  private Layout layout(MapCanvas canvas, MapLegend legend, Site site, Rectangle2D rest, List<MapFinding> here,
      List<String> notes) {
    Envelope ground = extent(site);
    double margin = Math.max(5, 0.06 * Math.max(ground.getWidth(), ground.getHeight()));
    ground.expandBy(margin);
    boolean others = scene.survey().sites().size() > 1;
    List<String> keys = MapLegend.keys(!here.isEmpty(), others, false);
    float stripHeight = legend.height(canvas, (float) rest.getWidth(), keys, notes);
    Rectangle2D mapArea = new Rectangle2D.Double(rest.getX(), rest.getY() + stripHeight, rest.getWidth(),
        rest.getHeight() - stripHeight);
    MapPanel main = MapPanel.fit(ground, mapArea);
    List<MapFinding> small = here.stream().filter(f -> MapInsets.tooSmall(f.finding().geometry(), main.scale())).toList();
    if (small.isEmpty()) {
      return new Layout(main, List.of(), List.of(), notes, strip(rest, stripHeight), keys);
    }
    keys = MapLegend.keys(true, others, true);
    stripHeight = legend.height(canvas, (float) rest.getWidth(), keys, notes);
    double columnWidth = rest.getWidth() * INSET_SHARE;
    double mapHeight = rest.getHeight() - stripHeight;
    MapPanel narrowed = MapPanel.fit(ground, new Rectangle2D.Double(rest.getX(), rest.getY() + stripHeight,
        rest.getWidth() - columnWidth - GAP, mapHeight));
    small = here.stream().filter(f -> MapInsets.tooSmall(f.finding().geometry(), narrowed.scale())).toList();
    // as many insets as there are groups of small findings, each as tall as the column allows, but never too short to read
    int room = Math.max(1, (int) ((mapHeight + GAP) / (MIN_INSET + CAPTION + GAP)));
    int wanted = Math.max(1, Math.min(room, MapInsets.of(small, 1).size()));
    double insetHeight = Math.min(columnWidth, (mapHeight + GAP) / wanted - CAPTION - GAP);
    List<MapInsets.Inset> all = MapInsets.of(small, columnWidth / insetHeight);
    int fits = Math.max(1, (int) ((mapHeight + GAP) / (insetHeight + CAPTION + GAP)));
    List<MapInsets.Inset> shown = all.subList(0, Math.min(fits, all.size()));
    List<Rectangle2D> boxes = new ArrayList<>();
    double top = rest.getMaxY();
    for (int i = 0; i < shown.size(); i++) {
      top -= insetHeight;
      boxes.add(new Rectangle2D.Double(rest.getMaxX() - columnWidth, top, columnWidth, insetHeight));
      top -= CAPTION + GAP;
    }
    return new Layout(narrowed, List.copyOf(shown), boxes, notes, strip(rest, stripHeight), keys);
  }

  private static Rectangle2D strip(Rectangle2D rest, float height) {
    return new Rectangle2D.Double(rest.getX(), rest.getY(), rest.getWidth(), height - 4);
  }

  /**
   * Places the main map's labels, numbers first, then camera ids, and draws them where asked
   * (else only measures them); returns the notes on what found no place.
   */
  private List<String> labelsAndNotes(MapCanvas canvas, boolean drawing, MapFeatures features, Layout layout,
      List<MapFinding> here) {
    MapPanel main = layout.main();
    MapLabels labels = new MapLabels(main.box());
    for (Point2D p : features.allCameras(main)) {
      labels.block(MapStyle.cameraBox(p.getX(), p.getY()));
    }
    List<String> unmarked = new ArrayList<>();
    for (MapFinding f : here) {
      if (!marker(canvas, drawing, labels, main, f)) {
        unmarked.add(f.label());
      }
    }
    for (int i = 0; i < layout.insets().size(); i++) {
      MapInsets.Inset inset = layout.insets().get(i);
      Rectangle2D r = main.rectangle(inset.ground());
      labels.block(r);
      String letter = inset.letter();
      label(canvas, drawing, labels, r.getMaxX(), r.getMaxY(), letter, Color.DARK_GRAY);
    }
    int droppedBefore = labels.dropped();
    for (MapFeatures.CameraMark m : features.ownCameras(main)) {
      label(canvas, drawing, labels, m.at().getX(), m.at().getY(), m.cameraId(), Color.BLACK);
    }
    List<String> notes = new ArrayList<>();
    int droppedCameras = labels.dropped() - droppedBefore;
    if (droppedCameras > 0) {
      notes.add(text.format("map.note.dropped", droppedCameras));
    }
    List<String> noInset = new ArrayList<>();
    List<MapFinding> inInsets = layout.insets().stream().flatMap(i -> i.findings().stream()).toList();
    for (MapFinding f : here) {
      if (MapInsets.tooSmall(f.finding().geometry(), main.scale()) && !inInsets.contains(f)) {
        noInset.add(f.label());
      }
    }
    if (!noInset.isEmpty()) {
      notes.add(text.format("map.note.noinset", String.join(", ", noInset)));
    }
    if (!unmarked.isEmpty()) {
      notes.add(text.format("map.note.unmarked", String.join(", ", unmarked)));
    }
    return notes;
  }

  /** Places a finding's number near its place in a panel, and draws it on a canvas; false where it found no room. */
  private static boolean marker(MapCanvas canvas, boolean drawing, MapLabels labels, MapPanel panel, MapFinding f) {
    Geometry g = f.finding().geometry();
    if (!panel.shows(g.getEnvelopeInternal())) {
      return true;
    }
    Coordinate anchor = g.getInteriorPoint().getCoordinate();
    Point2D at = panel.point(anchor);
    double size = MapStyle.markerSize(canvas, f.label());
    Rectangle2D part = panel.rectangle(g.getEnvelopeInternal());
    boolean centred = g.getDimension() == 2 && part.getWidth() > 3 * size && part.getHeight() > 3 * size;
    Optional<MapLabels.Placed> placed = labels.place(at.getX(), at.getY(), size, size, centred);
    if (placed.isEmpty()) {
      return false;
    }
    if (drawing) {
      if (placed.get().leader()) {
        MapStyle.leader(canvas, at.getX(), at.getY(), placed.get().box());
      }
      MapStyle.marker(canvas, placed.get().box(), f.label());
    }
    return true;
  }

  private static void label(MapCanvas canvas, boolean drawing, MapLabels labels, double x, double y, String s,
      Color ink) {
    double w = canvas.textWidth(s, MapStyle.LABEL_SIZE) + 1;
    double h = MapStyle.LABEL_SIZE + 1.5;
    Optional<MapLabels.Placed> placed = labels.place(x, y, w, h, false);
    if (drawing && placed.isPresent()) {
      if (placed.get().leader()) {
        MapStyle.leader(canvas, x, y, placed.get().box());
      }
      MapStyle.label(canvas, placed.get().box(), s, ink);
    }
  }

  /** An inset: its ground at the finding's scale, the findings' numbers, a frame, and a caption with its letter and scale. */
  private void inset(MapCanvas canvas, MapLegend legend, MapFeatures features, MapInsets.Inset inset, Rectangle2D box) {
    MapPanel panel = MapPanel.fit(inset.ground(), box);
    features.draw(canvas, panel, inset.findings());
    MapLabels labels = new MapLabels(box);
    for (Point2D p : features.allCameras(panel)) {
      labels.block(MapStyle.cameraBox(p.getX(), p.getY()));
    }
    for (MapFinding f : inset.findings()) {
      labels.block(panel.rectangle(f.finding().geometry().getEnvelopeInternal()));
    }
    for (MapFinding f : inset.findings()) {
      marker(canvas, true, labels, panel, f);
    }
    frame(canvas, box);
    float y = (float) box.getY() - CAPTION + 3;
    String letter = text.format("map.inset", inset.letter());
    canvas.text(letter, (float) box.getX(), y, MapStyle.LABEL_SIZE, Color.BLACK);
    float barX = (float) box.getX() + canvas.textWidth(letter, MapStyle.LABEL_SIZE) + 8;
    legend.scaleBar(canvas, panel.scale(), barX, y + 1, (float) (box.getMaxX() - barX) / 2);
  }

  private static void frame(MapCanvas canvas, Rectangle2D box) {
    canvas.stroke(box, Color.DARK_GRAY, 1f, 0.6f);
  }

  /** True north's direction on the map, from grid north clockwise, at the site's centre. */
  private double northRadians(Site site) {
    Envelope e = extent(site);
    var frame = scene.survey().frame();
    double[] ll = frame.toLonLat(e.centre().x, e.centre().y);
    Coordinate north = frame.fromLonLat(ll[0], ll[1] + 0.001);
    return Math.atan2(north.x - e.centre().x, north.y - e.centre().y);
  }
}
