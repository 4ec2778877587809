package org.camsurvey.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.read.LayerSchema;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer ready to be written by any container's writer: named fields, and features whose
 * geometry is in WGS 84 longitude and latitude.
 *
 * @param name the layer (table, sheet, folder) name
 * @param geometry what the features stand on
 * @param fields the fields in the order to write them
 * @param features the features in order
 */
public record OutputLayer(
    String name, LayerSchema.GeometryKind geometry, List<LayerSchema.Field> fields, List<OutputLayer.Feature> features) {

  public OutputLayer {
    fields = List.copyOf(fields);
    features = List.copyOf(features);
  }

  /**
   * One feature.
   *
   * @param values by field name: String, Number, Boolean, LocalDate, LocalDateTime, or null
   * @param geometry in WGS 84 longitude and latitude, or null
   */
  public record Feature(Map<String, Object> values, Geometry geometry) {
    public Feature {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }
}
