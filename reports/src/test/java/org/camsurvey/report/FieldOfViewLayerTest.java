package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Survey;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.write.OutputLayer;
import org.junit.jupiter.api.Test;

/** Fields of view as a map layer: the GeoJSON's polygons and properties. */
class FieldOfViewLayerTest {
  @Test
  void theSamePropertiesAndPolygonsAsTheGeoJson() throws Exception {
    Survey survey = ReportFixture.jiefangbei().survey();
    StringWriter json = new StringWriter();
    FieldOfViewGeoJson.write(survey, ImageQuality.RECOGNISE, json);
    JsonNode geojson = new ObjectMapper().readTree(json.toString()).get("features");

    OutputLayer layer = FieldOfViewLayer.of(survey, ImageQuality.RECOGNISE);

    assertThat(layer.name()).isEqualTo("fov");
    assertThat(layer.geometry()).isEqualTo(LayerSchema.GeometryKind.POLYGON);
    assertThat(layer.features()).hasSize(25).hasSameSizeAs(geojson);
    for (int i = 0; i < geojson.size(); i++) {
      OutputLayer.Feature f = layer.features().get(i);
      Iterator<Map.Entry<String, JsonNode>> expected = geojson.get(i).get("properties").fields();
      for (Map.Entry<String, Object> value : f.values().entrySet()) {
        Map.Entry<String, JsonNode> e = expected.next();
        assertThat(value.getKey()).isEqualTo(e.getKey());
        assertThat(value.getValue().toString()).isEqualTo(e.getValue().asText());
      }
      assertThat(expected.hasNext()).isFalse();
      JsonNode ring = geojson.get(i).get("geometry").get("coordinates").get(0);
      assertThat(f.geometry().getGeometryType()).isEqualTo("Polygon");
      assertThat(f.geometry().getNumPoints()).isEqualTo(ring.size());
      assertThat(f.geometry().getEnvelopeInternal().getMinX()).isBetween(106.57, 106.58);
    }
    assertThat(layer.fields()).extracting(LayerSchema.Field::name)
        .containsExactly("camera_id", "site_id", "heading", "hfov", "range_m", "quality", "area_m2");
  }
}
