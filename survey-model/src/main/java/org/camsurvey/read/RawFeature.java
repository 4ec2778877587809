package org.camsurvey.read;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One record as a container holds it: attribute values by lower-case field name (String,
 * Number, Boolean or null) and a geometry in the layer's own CRS, or none.
 *
 * @param number the 1-based position of the record within its layer
 * @param attributes values by field name
 * @param geometry the geometry in the layer's CRS, or null
 */
public record RawFeature(int number, Map<String, Object> attributes, Geometry geometry) {
  public RawFeature {
    attributes = Attributes.copyOf(attributes);
  }

  /** A value as text, trimmed; null when absent or blank. */
  public String text(String field) {
    return text(attributes.get(field));
  }

  /** A value as text, trimmed; null when absent or blank: whole numbers without a decimal point. */
  public static String text(Object v) {
    if (v == null) {
      return null;
    }
    String s = v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : v.toString();
    s = s.strip();
    return s.isEmpty() ? null : s;
  }
}
