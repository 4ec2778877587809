package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Geometry;

/**
 * Every camera's field of view as a GeoJSON polygon, for QGIS, geojson.io or a web map: the view
 * past walls and within its ground band, as the rules see it.
 */
public final class FieldOfViewGeoJson {
  private static final JsonFactory JSON = new JsonFactory();

  private FieldOfViewGeoJson() {}

  /**
   * @param quality the image quality to draw the view at, or null for all the camera sees
   */
  public static void write(Survey survey, ImageQuality quality, Writer out) throws IOException {
    GeoJsonOut geo = new GeoJsonOut(survey.frame());
    WallIndex walls = Scene.walls(survey);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeStringField("name", "fov");
      g.writeArrayFieldStart("features");
      for (Camera camera : survey.cameras()) {
        Geometry view = CameraView.of(survey.frame(), camera, quality, walls).shape();
        g.writeRaw(System.lineSeparator());
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> p : FieldOfViewLayer.properties(survey, camera, quality, view).entrySet()) {
          if (p.getValue() instanceof Double d) {
            g.writeNumberField(p.getKey(), d);
          } else {
            g.writeStringField(p.getKey(), String.valueOf(p.getValue()));
          }
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        geo.geometry(g, view);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }
}
