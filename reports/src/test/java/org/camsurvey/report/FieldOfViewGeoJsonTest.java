package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CameraView;
import org.junit.jupiter.api.Test;

/** Every camera's field of view as a GeoJSON polygon. */
class FieldOfViewGeoJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Survey SURVEY = ReportFixture.everyFinding().survey();

  @Test
  void onePolygonPerCamera() throws IOException {
    JsonNode doc = write(SURVEY, null);

    assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = doc.get("features");
    assertThat(features).hasSize(SURVEY.cameras().size());
    List<String> ids = new ArrayList<>();
    for (JsonNode f : features) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(GeoJsonAssertions.assertGeometry(f.get("geometry"))).isEqualTo("Polygon");
      assertThat(f.get("geometry").get("coordinates")).hasSize(1);
      ids.add(f.get("properties").get("site_id").asText() + "/" + f.get("properties").get("camera_id").asText());
    }
    assertThat(ids).containsExactly("S1/V", "S1/IN", "S1/OLD", "S1/H", "S2/N", "S2/W");
  }

  @Test
  void propertiesDescribeTheView() throws IOException {
    JsonNode v = write(SURVEY, null).get("features").get(0).get("properties");

    assertThat(JsonFields.names(v)).containsExactly("camera_id", "site_id", "heading", "hfov", "range_m", "quality", "area_m2");
    assertThat(v.get("heading").asDouble()).isEqualTo(0.0);
    assertThat(v.get("hfov").asDouble()).isEqualTo(60.0);
    assertThat(v.get("range_m").asDouble()).isEqualTo(10.0);
    assertThat(v.get("quality").asText()).isEqualTo("any");
    assertThat(v.get("area_m2").asDouble()).isCloseTo(Math.PI * 100 / 6, within(0.05));
  }

  @Test
  void aQualityShortensTheViewWhereTheResolutionLimitsIt() throws IOException {
    JsonNode features = write(SURVEY, ImageQuality.OBSERVE).get("features");

    // OLD: 704 px over 60° observes to 704 / (2 · 62.5 · tan 30°) = 9.755 m of its 10 m, shown to the centimetre
    JsonNode old = features.get(2).get("properties");
    assertThat(old.get("range_m").asDouble()).isEqualTo(9.75);
    assertThat(old.get("quality").asText()).isEqualTo("observe");
    assertThat(features.get(3).get("properties").get("range_m").asDouble()).isEqualTo(100.0);
  }

  @Test
  void theCameraIsTheWedgesFirstVertex() throws IOException {
    JsonNode ring = write(SURVEY, null).get("features").get(0).get("geometry").get("coordinates").get(0);

    assertThat(ring.get(0).get(0).asDouble()).isCloseTo(106.577, within(1e-8));
    assertThat(ring.get(0).get(1).asDouble()).isCloseTo(29.557, within(1e-8));
  }

  static JsonNode write(Survey survey, ImageQuality quality) throws IOException {
    StringWriter out = new StringWriter();
    FieldOfViewGeoJson.write(survey, quality, CameraView.all(survey, quality), out);
    return JSON.readTree(out.toString());
  }

  /** Field names in document order. */
  static final class JsonFields {
    static List<String> names(JsonNode node) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }
  }
}
