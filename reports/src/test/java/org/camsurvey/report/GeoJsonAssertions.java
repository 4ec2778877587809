package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks GeoJSON geometries as RFC 7946 has them: lon/lat, closed rings, exteriors anticlockwise. */
final class GeoJsonAssertions {
  private GeoJsonAssertions() {}

  /** A position near Jiefangbei, longitude first, at most 8 decimals. */
  static void assertPosition(JsonNode position) {
    assertThat(position.size()).isEqualTo(2);
    assertThat(position.get(0).asDouble()).isBetween(106.5, 106.7);
    assertThat(position.get(1).asDouble()).isBetween(29.5, 29.6);
    for (JsonNode n : position) {
      String text = n.asText();
      assertThat(text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0).isLessThanOrEqualTo(8);
    }
  }

  static void assertPolygon(JsonNode rings) {
    assertThat(rings.size()).isGreaterThanOrEqualTo(1);
    for (int i = 0; i < rings.size(); i++) {
      JsonNode ring = rings.get(i);
      assertThat(ring.size()).isGreaterThanOrEqualTo(4);
      assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
      ring.forEach(GeoJsonAssertions::assertPosition);
      if (i == 0) {
        assertThat(signedArea(ring)).as("exterior ring anticlockwise").isPositive();
      } else {
        assertThat(signedArea(ring)).as("hole clockwise").isNegative();
      }
    }
  }

  /** Asserts a geometry object is valid and returns its type. */
  static String assertGeometry(JsonNode geometry) {
    String type = geometry.get("type").asText();
    switch (type) {
      case "Point" -> assertPosition(geometry.get("coordinates"));
      case "Polygon" -> assertPolygon(geometry.get("coordinates"));
      case "MultiPolygon" -> geometry.get("coordinates").forEach(GeoJsonAssertions::assertPolygon);
      default -> throw new AssertionError("unexpected geometry type " + type);
    }
    return type;
  }

  /** Twice the shoelace area in degrees², positive for an anticlockwise ring. */
  static double signedArea(JsonNode ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      JsonNode a = ring.get(i);
      JsonNode b = ring.get(i + 1);
      sum += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
    }
    return sum;
  }
}
