package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Language;
import org.camsurvey.model.Site;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Findings where they are on the ground, as an RFC 7946 FeatureCollection. */
class FindingsGeoJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void oneFeaturePerFindingWithTheJsonFieldsAsProperties() throws IOException {
    JsonNode doc = write(ReportFixture.everyFinding());

    assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = doc.get("features");
    assertThat(features).hasSize(ReportFixture.EVERY_FINDING.size());
    List<String> rows = new ArrayList<>();
    for (JsonNode f : features) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      JsonNode p = f.get("properties");
      rows.add(p.get("code").asText() + " " + text(p, "site_id") + " " + text(p, "camera_id") + " " + text(p, "zone_id")
          + (p.has("zone_site_id") ? " " + p.get("zone_site_id").asText() : ""));
      assertThat(p.get("message").asText()).isNotBlank();
    }
    assertThat(rows).containsExactlyElementsOf(ReportFixture.EVERY_FINDING_AS_WRITTEN);
  }

  @Test
  void geometriesAreValidAndWhereTheFindingIs() throws IOException {
    JsonNode features = write(ReportFixture.everyFinding()).get("features");

    List<String> types = new ArrayList<>();
    for (JsonNode f : features) {
      JsonNode g = f.get("geometry");
      types.add(g.isNull() ? "null" : GeoJsonAssertions.assertGeometry(g));
    }
    assertThat(types).containsExactly(
        "null", "null", "null", "Polygon", "Polygon", "Polygon", "Point", "Point", "Point", "Point", "Point", "Point",
        "Point", "null", "Point", "null", "null", "Point");
    // camera V stands at the frame's origin
    JsonNode point = features.get(7).get("geometry").get("coordinates");
    assertThat(point.get(0).asDouble()).isCloseTo(106.577, within(1e-8));
    assertThat(point.get(1).asDouble()).isCloseTo(29.557, within(1e-8));
    // the uncovered west half of Z-GATE, x −5…0 m east of the origin
    JsonNode ring = features.get(3).get("geometry").get("coordinates").get(0);
    double minLon = 180;
    double maxLon = -180;
    for (JsonNode p : ring) {
      minLon = Math.min(minLon, p.get(0).asDouble());
      maxLon = Math.max(maxLon, p.get(0).asDouble());
    }
    double metresPerDegree = 111_320 * Math.cos(Math.toRadians(29.557));
    assertThat((minLon - 106.577) * metresPerDegree).isCloseTo(-5, within(0.01));
    assertThat((maxLon - 106.577) * metresPerDegree).isCloseTo(0, within(0.01));
  }

  @Test
  void holesAreWrittenClockwise() throws IOException {
    // a fisheye in the middle of a 20 × 20 m zone sees a disc of it: the rest is a square with a hole
    Camera fisheye = new Camera("F", "S1", ReportFixture.FRAME.geometryFactory().createPoint(new Coordinate(0, 0)), 0,
        360, 3, null, null, null, null, CameraType.FISHEYE, true, 30, true, null, null, null,
        new SourceRef("cameras.csv", "cameras", 1, "F"));
    Zone zone = new Zone("Z1", "S1", ZoneRule.MANDATED, new ArticleItem(8, 7), null, null,
        ReportFixture.geometry(ReportFixture.box(-10, -10, 10, 10)), null);
    Survey survey = new Survey("hole", Set.of("cameras", "zones"), ReportFixture.FRAME,
        List.of(new Site("S1", null, null, null, null)), List.of(fisheye), List.of(zone), List.of(), List.of(),
        Set.of(), List.of());
    JsonNode features = write(Checker.check(survey, CheckOptions.defaults())).get("features");

    assertThat(features).hasSize(1);
    JsonNode geometry = features.get(0).get("geometry");
    assertThat(GeoJsonAssertions.assertGeometry(geometry)).isEqualTo("Polygon");
    assertThat(geometry.get("coordinates")).hasSize(2);
  }

  @Test
  void roundCoordinatesAreWrittenPlain() throws IOException {
    // 30° N crosses Chongqing; BigDecimal would write it 3E+1
    Camera c = new Camera("C", "S1", ReportFixture.FRAME.geometryFactory().createPoint(
        ReportFixture.FRAME.fromLonLat(107.0, 30.0)), 0, 90, 10, null, null, null, null, CameraType.FIXED, false, 30,
        true, null, null, null, new SourceRef("cameras.csv", "cameras", 1, "C"));
    Survey survey = new Survey("round", Set.of("cameras", "zones"), ReportFixture.FRAME,
        List.of(new Site("S1", null, null, null, null)), List.of(c), List.of(), List.of(), List.of(), Set.of(), List.of());
    StringWriter out = new StringWriter();
    FindingsGeoJson.write(Checker.check(survey, CheckOptions.defaults()), FindingMessages.of(Language.EN), out);

    assertThat(out.toString()).contains("\"coordinates\":[107,30]}");
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asText() : "-";
  }

  static JsonNode write(CheckResult result) throws IOException {
    StringWriter out = new StringWriter();
    FindingsGeoJson.write(result, FindingMessages.of(Language.EN), out);
    return JSON.readTree(out.toString());
  }
}
