package org.camsurvey.report.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.fixture.FrameShapes.FRAME;
import static org.camsurvey.fixture.FrameShapes.box;
import static org.camsurvey.fixture.FrameShapes.geometry;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Language;
import org.camsurvey.model.Site;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.report.DocumentText;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A site's map as the documents draw it: what ground it shows, and that mandated and forbidden
 * zones are drawn in their colours. Site S1 has a camera at the origin looking north over a
 * mandated entrance 10–20 m away, and a forbidden toilet behind it; site S2 is an empty site.
 */
class SiteMapTest {
  private static final Site S1 = new Site("S1", "东门商场", null, null, geometry(box(-30, -30, 30, 30)));
  private static final Site EMPTY = new Site("S2", null, null, null, null);

  private static Survey survey() {
    Camera camera = new Camera("C1", "S1", FRAME.geometryFactory().createPoint(new Coordinate(0, 0)), 0.0, 90.0, 50.0,
        null, null, null, null, CameraType.FIXED, true, 30, true, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1),
        null, new SourceRef("cameras.geojson", "cameras", 1, "C1"));
    Zone entrance = new Zone("M1", "S1", ZoneRule.MANDATED, new ArticleItem(8, 7), null, null,
        geometry(box(-3, 10, 3, 20)), new SourceRef("zones.geojson", "zones", 1, "M1"));
    Zone toilet = new Zone("F1", "S1", ZoneRule.FORBIDDEN, new ArticleItem(9, 3), null, null,
        geometry(box(-3, -20, 3, -10)), new SourceRef("zones.geojson", "zones", 2, "F1"));
    return new Survey("map", Set.of("sites", "cameras", "zones"), FRAME, List.of(S1, EMPTY), List.of(camera),
        List.of(entrance, toilet), List.of(), List.of(), Set.of("camera_id", "site_id"), List.of());
  }

  private static SiteMap map() throws IOException {
    BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
    return new SiteMap(new Scene(survey(), CheckOptions.defaults()), DocumentText.of(Language.EN), font,
        UnaryOperator.identity());
  }

  @Test
  void aSiteWithNothingOnItHasNoMap() throws IOException {
    SiteMap map = map();

    assertThat(map.hasContent(S1)).isTrue();
    assertThat(map.hasContent(EMPTY)).isFalse();
  }

  @Test
  void theMapShowsTheSitesOutlineZonesCameraAndWhatItSees() throws IOException {
    Envelope ground = map().extent(S1);

    assertThat(ground.contains(new Envelope(-30, 30, -30, 30))).as("the outline").isTrue();
    assertThat(ground.contains(0, 0)).as("the camera").isTrue();
    // the camera sees 50 m north, past the outline
    assertThat(ground.getMaxY()).as("the view").isGreaterThan(45);
  }

  @Test
  void mandatedAndForbiddenZonesAreDrawnInTheirColours() throws IOException {
    String drawn = drawn(map(), S1);

    assertThat(drawn).contains(stroke(MapStyle.MANDATED), stroke(MapStyle.FORBIDDEN), stroke(MapStyle.VIEW));
  }

  /** The content stream of a page holding the site's map in the box (36, 36, 400 × 400 points). */
  private static String drawn(SiteMap map, Site site) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    writer.setCompressionLevel(0);
    document.open();
    map.draw(writer.getDirectContent(), site, 36, 36, 400, 400);
    document.close();
    PdfReader reader = new PdfReader(pdf.toByteArray());
    try {
      return new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
    } finally {
      reader.close();
    }
  }

  /** The operator that sets a stroke colour, as OpenPDF writes it. */
  private static String stroke(Color colour) {
    PdfContentByte cb = new PdfContentByte(null);
    cb.setColorStroke(colour);
    return cb.toString().strip();
  }
}
