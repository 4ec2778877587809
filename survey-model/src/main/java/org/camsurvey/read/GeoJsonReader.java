package org.camsurvey.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads GeoJSON (RFC 7946): one file per layer, or one FeatureCollection whose features say
 * their layer in a {@code layer} property. Coordinates are WGS 84 unless a legacy {@code crs}
 * member names another CRS; without one, {@code --crs} stands in for the default (for exports
 * that wrote projected coordinates without saying so).
 */
public final class GeoJsonReader {
  /** Deepest nesting of arrays and objects; GeoJSON needs six. */
  static final int MAX_DEPTH = 64;
  /**
   * Most tokens (values, brackets, names) a file may hold: a survey's cameras take some fifty each,
   * a polygon four per vertex. Jackson's tree takes some 25 bytes a token, so the limit keeps a
   * file of endless coordinates from filling the memory before it can be refused.
   */
  static final long MAX_TOKENS = 10_000_000;

  // NaN and Infinity are let through the parser (GDAL writes them on request) so that the
  // finiteness checks can name the record and field instead of a line and column.
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxTokenCount(MAX_TOKENS).build())
              .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
              .build());

  private static final Set<String> GEOMETRY_TYPES = Set.of(
      "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

  private final GeometryFactory factory = new GeometryFactory();

  /**
   * Reads every layer the file holds.
   *
   * @param file the file name as the user gave it, for messages
   * @param bytes the file's content
   * @param layerFromName the layer the file's name says, or null for a combined file
   */
  public List<RawLayer> read(String file, byte[] bytes, String layerFromName, ImportOptions options) {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, options.encoding());
    JsonNode root;
    try (JsonParser parser = JSON.createParser(decoded.text())) {
      try {
        root = JSON.readTree(parser);
      } catch (StreamConstraintsException e) {
        throw InputException.file(file, parser.currentTokenCount() >= MAX_TOKENS
            ? "holds more than " + MAX_TOKENS + " JSON tokens (values, brackets and names); refused as too large to"
                + " read (split it, or use a GeoPackage)"
            : "not valid JSON: nested deeper than " + MAX_DEPTH + " levels, which no GeoJSON needs");
      }
    } catch (JsonParseException e) {
      throw InputException.file(file, "not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + "; fix the file there, or export it again");
    } catch (JsonProcessingException e) {
      throw InputException.file(file, "not valid JSON: " + e.getOriginalMessage() + "; export the file again");
    } catch (IOException e) {
      throw InputException.file(file, "cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw InputException.file(file, "not a GeoJSON object");
    }
    String type = root.path("type").asText("");
    List<JsonNode> features = new ArrayList<>();
    if (type.equals("FeatureCollection")) {
      JsonNode array = root.get("features");
      if (array == null || !array.isArray()) {
        throw InputException.file(file, "a FeatureCollection needs a 'features' array");
      }
      array.forEach(features::add);
    } else if (type.equals("Feature")) {
      features.add(root);
    } else if (GEOMETRY_TYPES.contains(type)) {
      // a bare geometry, as GDAL reads it: one record without attributes
      features.add(JSON.createObjectNode().put("type", "Feature").set("geometry", root));
    } else {
      throw InputException.file(file, "expected a GeoJSON FeatureCollection, Feature or geometry, found type '" + type + "'");
    }
    Crs crs = declaredCrs(file, root, options);

    Map<String, List<RawFeature>> byLayer = new LinkedHashMap<>();
    Map<String, Set<String>> fieldsByLayer = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    int position = 0;
    for (JsonNode feature : features) {
      position++;
      if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
        throw new InputException(file, layerFromName, "#" + position, null, "not a GeoJSON Feature");
      }
      Map<String, Object> attributes = attributes(file, layerFromName, position, feature.get("properties"));
      String layer = layerOf(file, position, attributes, layerFromName, options.mapping());
      options.mapping().layerProperty().ifPresent(attributes::remove);
      int number = counts.merge(layer, 1, Integer::sum);
      Geometry geometry;
      try {
        geometry = geometry(feature.get("geometry"));
      } catch (IllegalArgumentException e) {
        throw new InputException(file, layer, label(attributes, number), "geometry", e.getMessage());
      }
      byLayer.computeIfAbsent(layer, k -> new ArrayList<>()).add(new RawFeature(number, attributes, geometry));
      fieldsByLayer.computeIfAbsent(layer, k -> new LinkedHashSet<>()).addAll(attributes.keySet());
    }
    if (byLayer.isEmpty() && layerFromName != null) {
      byLayer.put(layerFromName, List.of());
    }
    List<Finding> warnings = new ArrayList<>();
    if (decoded.guessed()) {
      warnings.add(
          Finding.of(FindingCode.DATA_ENCODING_GUESSED)
              .source(new SourceRef(file, layerFromName, 0, null))
              .figure("encoding", decoded.charset().name())
              .build());
    }
    List<RawLayer> layers = new ArrayList<>();
    for (Map.Entry<String, List<RawFeature>> e : byLayer.entrySet()) {
      Set<String> fields = fieldsByLayer.getOrDefault(e.getKey(), Set.of());
      layers.add(new RawLayer(e.getKey(), file, crs, fields, e.getValue(), layers.isEmpty() ? warnings : List.of()));
    }
    return layers;
  }

  private static String label(Map<String, Object> attributes, int number) {
    for (String idField : List.of("camera_id", "zone_id", "site_id", "obst_id")) {
      Object id = attributes.get(idField);
      if (id != null && !id.toString().isBlank()) {
        return id.toString().strip();
      }
    }
    return "#" + number;
  }

  private static String layerOf(String file, int position, Map<String, Object> attributes, String layerFromName,
      FieldMapping mapping) {
    Object declared = mapping.layerProperty().map(attributes::get).orElse(null);
    if (declared != null) {
      String name = declared.toString();
      return mapping.layer(name)
          .orElseThrow(
              () ->
                  new InputException(
                      file, null, "#" + position, "layer",
                      "unknown layer '" + name + "' (expected sites, cameras, zones, obstacles, access_log, checklist or evidence)"));
    }
    if (layerFromName == null) {
      throw new InputException(
          file, null, "#" + position, "layer",
          "the feature does not say its layer: give it a 'layer' property, or name the file after its layer (cameras.geojson, …)");
    }
    return layerFromName;
  }

  private static Map<String, Object> attributes(String file, String layer, int position, JsonNode properties) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (properties == null || properties.isNull()) {
      return attributes;
    }
    if (!properties.isObject()) {
      throw new InputException(file, layer, "#" + position, "properties", "must be a JSON object");
    }
    properties
        .fields()
        .forEachRemaining(
            e -> {
              String key = e.getKey().strip().toLowerCase(java.util.Locale.ROOT);
              JsonNode v = e.getValue();
              Object value;
              if (v.isNull()) {
                value = null;
              } else if (v.isBoolean()) {
                value = v.booleanValue();
              } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = v.longValue();
              } else if (v.isNumber()) {
                value = v.doubleValue();
              } else if (v.isTextual()) {
                value = v.textValue();
              } else {
                value = v.toString();
              }
              attributes.put(key, value);
            });
    return attributes;
  }

  private static Crs declaredCrs(String file, JsonNode root, ImportOptions options) {
    JsonNode crs = root.get("crs");
    if (crs == null || crs.isNull()) {
      return options.crs() != null ? options.crs() : Crs.wgs84();
    }
    String name = crs.path("properties").path("name").asText("");
    if (name.isEmpty()) {
      throw InputException.file(file, "the 'crs' member names no CRS (expected properties.name such as urn:ogc:def:crs:EPSG::4545)");
    }
    try {
      return Crs.parse(name);
    } catch (IllegalArgumentException e) {
      throw InputException.file(file, "the 'crs' member: " + e.getMessage());
    }
  }

  private Geometry geometry(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String type = node.path("type").asText("");
    JsonNode coordinates = node.get("coordinates");
    if (type.equals("GeometryCollection")) {
      JsonNode parts = node.get("geometries");
      if (parts == null || !parts.isArray()) {
        throw new IllegalArgumentException("a GeometryCollection needs a 'geometries' array");
      }
      List<Geometry> geometries = new ArrayList<>();
      parts.forEach(p -> geometries.add(geometry(p)));
      return factory.createGeometryCollection(geometries.toArray(Geometry[]::new));
    }
    if (coordinates == null || !coordinates.isArray()) {
      throw new IllegalArgumentException("geometry of type '" + type + "' has no 'coordinates' array");
    }
    return switch (type) {
      case "Point" -> factory.createPoint(position(coordinates));
      case "MultiPoint" -> factory.createMultiPoint(each(coordinates, c -> factory.createPoint(position(c))).toArray(Point[]::new));
      case "LineString" -> line(coordinates);
      case "MultiLineString" -> factory.createMultiLineString(each(coordinates, this::line).toArray(LineString[]::new));
      case "Polygon" -> polygon(coordinates);
      case "MultiPolygon" -> factory.createMultiPolygon(each(coordinates, this::polygon).toArray(Polygon[]::new));
      default -> throw new IllegalArgumentException("unknown geometry type '" + type + "'");
    };
  }

  private <T> List<T> each(JsonNode array, java.util.function.Function<JsonNode, T> parse) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("expected an array of coordinates, found " + array);
    }
    List<T> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(parse.apply(n)));
    return out;
  }

  private LineString line(JsonNode coordinates) {
    Coordinate[] points = each(coordinates, GeoJsonReader::position).toArray(Coordinate[]::new);
    if (points.length < 2) {
      throw new IllegalArgumentException("a line needs at least 2 positions, has " + points.length);
    }
    return factory.createLineString(points);
  }

  private Polygon polygon(JsonNode rings) {
    List<LinearRing> parsed = each(rings, this::ring);
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("a polygon needs at least one ring");
    }
    return factory.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
  }

  private LinearRing ring(JsonNode coordinates) {
    Coordinate[] points = each(coordinates, GeoJsonReader::position).toArray(Coordinate[]::new);
    if (points.length < 4) {
      throw new IllegalArgumentException("a polygon ring needs at least 4 positions, has " + points.length);
    }
    if (!points[0].equals2D(points[points.length - 1])) {
      throw new IllegalArgumentException(
          "a polygon ring is not closed: its first position " + points[0].x + ", " + points[0].y
              + " differs from its last");
    }
    return factory.createLinearRing(points);
  }

  private static Coordinate position(JsonNode node) {
    if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
      throw new IllegalArgumentException("a position must be an array of at least two numbers, found " + node);
    }
    double x = node.get(0).doubleValue();
    double y = node.get(1).doubleValue();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("a coordinate is not a finite number: " + node);
    }
    return new Coordinate(x, y);
  }
}
