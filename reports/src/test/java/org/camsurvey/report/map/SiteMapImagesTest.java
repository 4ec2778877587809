package org.camsurvey.report.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Site;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.report.DocumentText;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Document;

class SiteMapImagesTest {
  private static final LocalFrame FRAME = LocalFrame.around(106.577, 29.557);

  /**
   * A street 300 m long whose camera sees 48 m² of a room at its middle, with a mandated
   * entrance at its far end no camera covers, and a neighbour's camera across the road.
   */
  private static CheckResult street() {
    Site street = new Site("S1", "Street", null, null, geometry(box(0, 0, 300, 200)));
    Site neighbour = new Site("S2", "Neighbour", null, null, geometry(box(0, -60, 300, -10)));
    Camera c1 = camera("C1", "S1", 150, 10, 0);
    Camera c2 = camera("C2", "S2", 100, -20, 20);
    Zone room = zone("F1", "S1", ZoneRule.FORBIDDEN, 9, 1, box(146, 60, 154, 66));
    Zone entrance = zone("M1", "S1", ZoneRule.MANDATED, 8, 7, box(10, 150, 290, 190));
    Survey survey = new Survey("street", Set.of("cameras", "zones", "sites"), FRAME, List.of(street, neighbour),
        List.of(c1, c2), List.of(room, entrance), List.of(), List.of(), Set.of("camera_id", "site_id"), List.of());
    return Checker.check(survey, CheckOptions.defaults());
  }

  private static SiteMapImages images(CheckResult result, Language language) {
    return SiteMapImages.bySite(new Scene(result.survey(), result.options()), DocumentText.of(language),
        result.findings());
  }

  @Test
  void theFindingsOfTheSurveyAreAViewOfTheRoomAndTheUncoveredEntrance() {
    assertThat(street().findings()).extracting(Finding::code)
        .contains(FindingCode.ART9_FORBIDDEN_VIEW, FindingCode.ART8_UNCOVERED);
  }

  @Test
  void aSmallIntrusionOnALargeSiteGetsAnInsetAtItsOwnScale() {
    CheckResult result = street();
    String svg = images(result, Language.EN).svg(result.survey().sites().get(0));

    assertThat(svg).contains(">Inset A</text>", ">inset at the finding's scale</text>");
    // the 300 m street is drawn at about 1.4 pt/m; the inset shows the 8 m room at least 40 pt across
    MapPanel main = MapPanel.fit(new org.locationtech.jts.geom.Envelope(0, 300, 0, 200),
        new java.awt.geom.Rectangle2D.Double(0, 0, 300, 300));
    Geometry room = result.findings().stream().filter(f -> f.code() == FindingCode.ART9_FORBIDDEN_VIEW)
        .findFirst().orElseThrow().geometry();
    assertThat(MapInsets.tooSmall(room, main.scale())).isTrue();
  }

  @Test
  void smallFindingsBeyondTheInsetsThatFitAreNamedInTheLegend() {
    Site big = new Site("S1", "Big", null, null, geometry(box(0, 0, 600, 400)));
    List<Camera> cameras = new java.util.ArrayList<>();
    List<Zone> rooms = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      double x = 40 + 70 * i;
      cameras.add(camera("C" + i, "S1", x, 10, 0));
      rooms.add(zone("F" + i, "S1", ZoneRule.FORBIDDEN, 9, 1, box(x - 3, 30, x + 3, 36)));
    }
    Survey survey = new Survey("rooms", Set.of("cameras", "zones", "sites"), FRAME, List.of(big), cameras, rooms,
        List.of(), List.of(), Set.of("camera_id", "site_id"), List.of());
    CheckResult result = Checker.check(survey, CheckOptions.defaults());
    String svg = images(result, Language.EN).svg(big);

    assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.ART9_FORBIDDEN_VIEW).hasSize(8);
    assertThat(svg).contains(">Inset A</text>", ">Inset B</text>", ">Inset C</text>").doesNotContain("Inset D")
        .contains("no room for an inset of finding(s)");
  }

  @Test
  void aFindingLargeEnoughToSeeGetsNoInset() {
    CheckResult result = street();
    List<MapFinding> entranceOnly = MapFinding.numbered(result.findings().stream()
        .filter(f -> f.code() == FindingCode.ART8_UNCOVERED).toList());
    String svg = SiteMapImages.numbered(new Scene(result.survey(), result.options()), DocumentText.of(Language.EN),
        entranceOnly).svg(result.survey().sites().get(0));

    assertThat(svg).doesNotContain("Inset A").contains(">1</text>", "(1) M1 violation Art. 8(7)");
  }

  @Test
  void findingsAreNumberedOnTheMapAsTheTextNumbersThemAndOtherSitesAreDimmed() {
    CheckResult result = street();
    Finding room = result.findings().stream().filter(f -> f.code() == FindingCode.ART9_FORBIDDEN_VIEW).findFirst()
        .orElseThrow();
    String svg = SiteMapImages.numbered(new Scene(result.survey(), result.options()), DocumentText.of(Language.ZH),
        List.of(new MapFinding(17, room))).svg(result.survey().sites().get(0));

    assertThat(svg).contains(">17</text>", "(17) C1 → F1 违法 第九条第（一）项", "其他场所的摄像机及视场",
        "fill=\"#e00000\"", "fill=\"#9a9a9a\"");
  }

  @Test
  void noTextOnTheMapIsSetBelowSevenPoints() {
    CheckResult result = street();
    String svg = images(result, Language.ZH).svg(result.survey().sites().get(0));
    java.util.regex.Matcher sizes = java.util.regex.Pattern.compile("font-size=\"([0-9.]+)\"").matcher(svg);
    int texts = 0;
    while (sizes.find()) {
      texts++;
      assertThat(Double.parseDouble(sizes.group(1))).isGreaterThanOrEqualTo(7);
    }
    assertThat(texts).isGreaterThan(10);
  }

  @Test
  void theSvgIsWellFormedXmlWithItsSizeInPoints() throws Exception {
    CheckResult result = street();
    String svg = images(result, Language.ZH).svg(result.survey().sites().get(0));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("480pt");
    assertThat(svg).isEqualTo(images(result, Language.ZH).svg(result.survey().sites().get(0)));
  }

  @Test
  void thePngIsAt300DotsPerInchAndTheSameBytesEachTime() throws IOException {
    CheckResult result = street();
    byte[] png = images(result, Language.ZH).png(result.survey().sites().get(0));

    assertThat(png).isEqualTo(images(result, Language.ZH).png(result.survey().sites().get(0)));
    long[] phys = pHYs(png);
    assertThat(phys[0]).isEqualTo(11811);
    assertThat(phys[1]).isEqualTo(11811);
    assertThat(phys[2]).as("unit: the metre").isEqualTo(1);
    // 480 pt wide at 300 dpi
    assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(2000);
  }

  /** The pHYs chunk's pixels per unit along x and y, and its unit. */
  private static long[] pHYs(byte[] png) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    in.skipNBytes(8);
    while (true) {
      int length = in.readInt();
      byte[] type = in.readNBytes(4);
      byte[] data = in.readNBytes(length);
      in.skipNBytes(4);
      String name = new String(type, StandardCharsets.US_ASCII);
      if (name.equals("pHYs")) {
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(data));
        return new long[] {Integer.toUnsignedLong(d.readInt()), Integer.toUnsignedLong(d.readInt()), d.readUnsignedByte()};
      }
      assertThat(name).as("pHYs comes before the image's end").isNotEqualTo("IEND");
    }
  }

  private static Camera camera(String id, String site, double x, double y, double heading) {
    return new Camera(id, site, FRAME.geometryFactory().createPoint(new Coordinate(x, y)), heading, 60, 80, null,
        null, null, null, CameraType.FIXED, true, 30, true, LocalDate.parse("2021-01-01"), LocalDate.parse("2021-02-01"),
        null, new SourceRef("cameras.csv", "cameras", 1, id));
  }

  private static Zone zone(String id, String site, ZoneRule rule, int article, int item, String wkt) {
    return new Zone(id, site, rule, new ArticleItem(article, item), null, null, geometry(wkt),
        new SourceRef("zones.csv", "zones", 1, id));
  }

  private static Geometry geometry(String wkt) {
    try {
      return new WKTReader(FRAME.geometryFactory()).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  private static String box(double minX, double minY, double maxX, double maxY) {
    return String.format(Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
        minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY);
  }
}
