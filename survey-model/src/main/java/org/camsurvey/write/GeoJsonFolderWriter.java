package org.camsurvey.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.read.LayerSchema;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes layers as a folder of RFC 7946 GeoJSON files, one per layer named after it ({@code
 * cameras.geojson}, …), the way {@code SurveyReader} reads a folder: built whole beside the target
 * and moved into place, so that a failure leaves no half-written folder. Coordinates keep every
 * digit: a survey written to be checked again must not move by the rounding.
 */
public final class GeoJsonFolderWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private GeoJsonFolderWriter() {}

  /**
   * Writes the folder, replacing one that exists only if it holds nothing but GeoJSON files
   * (whether it may be replaced at all is the caller's call).
   *
   * @throws IOException when it cannot be written, or an existing folder holds other files
   */
  public static void write(Path target, List<OutputLayer> layers) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException(target + ": its folder does not exist");
    }
    if (Files.exists(absolute)) {
      requireOnlyGeoJson(absolute);
    }
    Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
    Path old = null;
    try {
      for (OutputLayer layer : layers) {
        try (Writer out = Files.newBufferedWriter(temporary.resolve(layer.name() + ".geojson"), StandardCharsets.UTF_8)) {
          write(layer, out);
        }
      }
      if (Files.exists(absolute)) {
        old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old.");
        Files.delete(old);
        Files.move(absolute, old);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (old != null && !Files.exists(absolute)) {
        Files.move(old, absolute);
        old = null;
      }
      delete(temporary);
      throw e;
    } finally {
      if (old != null) {
        delete(old);
      }
    }
  }

  private static void requireOnlyGeoJson(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": exists and is not a folder of GeoJSON layers");
    }
    try (Stream<Path> files = Files.list(folder)) {
      if (files.anyMatch(f -> !Files.isRegularFile(f) || !f.getFileName().toString().endsWith(".geojson"))) {
        throw new IOException(folder + ": holds files other than GeoJSON layers; not replaced");
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  private static void write(OutputLayer layer, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeStringField("name", layer.name());
      g.writeArrayFieldStart("features");
      for (OutputLayer.Feature f : layer.features()) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        for (LayerSchema.Field field : layer.fields()) {
          write(g, field.name(), f.values().get(field.name()));
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        geometry(g, f.geometry());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void write(JsonGenerator g, String name, Object value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else if (value instanceof Boolean b) {
      g.writeBooleanField(name, b);
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumberField(name, ((Number) value).longValue());
    } else if (value instanceof Number n) {
      g.writeNumberField(name, n.doubleValue());
    } else {
      g.writeStringField(name, value.toString());
    }
  }

  private static void geometry(JsonGenerator g, Geometry geometry) throws IOException {
    if (geometry == null || geometry.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (geometry instanceof Point p) {
      g.writeStringField("type", "Point");
      g.writeFieldName("coordinates");
      position(g, p.getCoordinate());
    } else if (geometry instanceof Polygon p) {
      g.writeStringField("type", "Polygon");
      g.writeFieldName("coordinates");
      polygon(g, p);
    } else if (geometry instanceof LineString l) {
      g.writeStringField("type", "LineString");
      g.writeFieldName("coordinates");
      line(g, l.getCoordinates());
    } else {
      boolean polygons = geometry.getGeometryN(0) instanceof Polygon;
      g.writeStringField("type", polygons ? "MultiPolygon" : "MultiLineString");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        if (polygons) {
          polygon(g, (Polygon) geometry.getGeometryN(i));
        } else {
          line(g, geometry.getGeometryN(i).getCoordinates());
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Exterior rings anticlockwise, holes clockwise (RFC 7946). */
  private static void polygon(JsonGenerator g, Polygon p) throws IOException {
    g.writeStartArray();
    ring(g, p.getExteriorRing().getCoordinates(), true);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring(g, p.getInteriorRingN(i).getCoordinates(), false);
    }
    g.writeEndArray();
  }

  private static void ring(JsonGenerator g, Coordinate[] ring, boolean anticlockwise) throws IOException {
    if (Orientation.isCCW(ring) != anticlockwise) {
      ring = ring.clone();
      java.util.Collections.reverse(java.util.Arrays.asList(ring));
    }
    line(g, ring);
  }

  private static void line(JsonGenerator g, Coordinate[] coordinates) throws IOException {
    g.writeStartArray();
    for (Coordinate c : coordinates) {
      position(g, c);
    }
    g.writeEndArray();
  }

  private static void position(JsonGenerator g, Coordinate c) throws IOException {
    g.writeStartArray();
    g.writeNumber(c.x);
    g.writeNumber(c.y);
    g.writeEndArray();
  }
}
