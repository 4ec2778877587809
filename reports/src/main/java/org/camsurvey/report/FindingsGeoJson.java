package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.camsurvey.model.Finding;
import org.camsurvey.rules.CheckResult;

/**
 * Findings as a GeoJSON FeatureCollection: each finding where it is on the ground (the overlap
 * seen, the part left uncovered, the camera), with the JSON finding's fields as properties.
 */
public final class FindingsGeoJson {
  private static final JsonFactory JSON = new JsonFactory();

  private FindingsGeoJson() {}

  public static void write(CheckResult result, FindingMessages messages, Writer out) throws IOException {
    GeoJsonOut geo = new GeoJsonOut(result.survey().frame());
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeStringField("name", "findings");
      g.writeArrayFieldStart("features");
      for (Finding finding : result.findings()) {
        g.writeRaw(System.lineSeparator());
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeFieldName("properties");
        FindingsJson.writeFinding(g, finding, messages);
        g.writeFieldName("geometry");
        geo.geometry(g, finding.geometry());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }
}
