package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camsurvey.geo.LocalFrame;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes frame geometries as RFC 7946 GeoJSON geometries: WGS 84 longitude and latitude to 8
 * decimals (about 1 mm), exterior rings anticlockwise and holes clockwise.
 */
final class GeoJsonOut {
  private static final int DECIMALS = 8;

  private final LocalFrame frame;

  GeoJsonOut(LocalFrame frame) {
    this.frame = frame;
  }

  void geometry(JsonGenerator g, Geometry geometry) throws IOException {
    if (geometry == null || geometry.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    switch (geometry.getGeometryType()) {
      case "Point" -> {
        g.writeStringField("type", "Point");
        g.writeFieldName("coordinates");
        position(g, ((Point) geometry).getCoordinate());
      }
      case "LineString", "LinearRing" -> {
        g.writeStringField("type", "LineString");
        g.writeFieldName("coordinates");
        line(g, ((LineString) geometry).getCoordinates());
      }
      case "Polygon" -> {
        g.writeStringField("type", "Polygon");
        g.writeFieldName("coordinates");
        polygon(g, (Polygon) geometry);
      }
      case "MultiPolygon" -> {
        g.writeStringField("type", "MultiPolygon");
        g.writeArrayFieldStart("coordinates");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
          polygon(g, (Polygon) geometry.getGeometryN(i));
        }
        g.writeEndArray();
      }
      case "MultiLineString" -> {
        g.writeStringField("type", "MultiLineString");
        g.writeArrayFieldStart("coordinates");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
          line(g, geometry.getGeometryN(i).getCoordinates());
        }
        g.writeEndArray();
      }
      default -> {
        g.writeStringField("type", "GeometryCollection");
        g.writeArrayFieldStart("geometries");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
          if (geometry.getGeometryN(i) != geometry) {
            geometry(g, geometry.getGeometryN(i));
          }
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private void polygon(JsonGenerator g, Polygon polygon) throws IOException {
    g.writeStartArray();
    ring(g, polygon.getExteriorRing().getCoordinates(), true);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      ring(g, polygon.getInteriorRingN(i).getCoordinates(), false);
    }
    g.writeEndArray();
  }

  private void ring(JsonGenerator g, Coordinate[] ring, boolean exterior) throws IOException {
    boolean ccw = Orientation.isCCW(ring);
    if (ccw != exterior) {
      ring = ring.clone();
      java.util.Collections.reverse(java.util.Arrays.asList(ring));
    }
    line(g, ring);
  }

  private void line(JsonGenerator g, Coordinate[] coordinates) throws IOException {
    g.writeStartArray();
    for (Coordinate c : coordinates) {
      position(g, c);
    }
    g.writeEndArray();
  }

  private void position(JsonGenerator g, Coordinate c) throws IOException {
    double[] ll = frame.toLonLat(c.x, c.y);
    g.writeStartArray();
    g.writeNumber(degrees(ll[0]));
    g.writeNumber(degrees(ll[1]));
    g.writeEndArray();
  }

  /** Plain digits: stripped of trailing zeros, 30.00000000 would otherwise be written 3E+1. */
  private static String degrees(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
