package org.camsurvey.read;

import static org.camsurvey.read.KmlReader.MAX_DEPTH;
import static org.camsurvey.read.KmlReader.MAX_TEXT_CHARS;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camsurvey.read.KmlPlacemarks.Collector;
import org.camsurvey.read.KmlPlacemarks.Container;
import org.camsurvey.read.KmlPlacemarks.Placemark;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX state machine of {@link KmlReader}: it follows the document as it streams by, gathering
 * each Placemark's name, fields and geometry for the {@link Collector}, and the links of a KMZ.
 */
final class KmlHandler extends DefaultHandler {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  private final GeometryFactory factory = new GeometryFactory();
  private final FieldMapping mapping;
  final String shown;
  final Collector collector;
  final List<String> links = new ArrayList<>();
  final Deque<String> elements = new ArrayDeque<>();
  final Deque<Container> containers = new ArrayDeque<>();
  final Map<String, List<String>> schemas = new HashMap<>();
  final StringBuilder text = new StringBuilder();
  Locator locator;
  boolean sawKml;

  List<String> schemaFields;
  Placemark placemark;
  String dataName;
  List<Geometry> parts;
  int multiDepth;
  LinearRing outer;
  List<LinearRing> inner;
  Double cameraLon;
  Double cameraLat;
  String cameraHeading;

  KmlHandler(String shown, Collector collector, FieldMapping mapping) {
    this.mapping = mapping;
    this.shown = shown;
    this.collector = collector;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  private int line() {
    return locator == null ? 0 : locator.getLineNumber();
  }

  private String parent() {
    return elements.isEmpty() ? "" : elements.peek();
  }

  private String grandparent() {
    if (elements.size() < 2) {
      return "";
    }
    var it = elements.iterator();
    it.next();
    return it.next();
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    if (elements.size() >= MAX_DEPTH) {
      throw new SAXException(InputException.file(shown, "nests elements deeper than " + MAX_DEPTH
          + " levels (line " + line() + ")"));
    }
    if (elements.isEmpty()) {
      if (!name.equals("kml")) {
        throw new SAXException(InputException.file(shown, "is not a KML document: its root element is <" + name
            + ">, not <kml>"));
      }
      sawKml = true;
    }
    text.setLength(0);
    switch (name) {
      case "Document", "Folder" -> {
        Container c = new Container(containers.peek());
        containers.push(c);
        collector.containers.add(c);
      }
      case "Schema" -> {
        schemaFields = new ArrayList<>();
        for (String key : new String[] {attributes.getValue("id"), attributes.getValue("name")}) {
          if (key != null && !key.isBlank()) {
            schemas.put(key.strip(), schemaFields);
          }
        }
      }
      case "SimpleField" -> {
        String field = attributes.getValue("name");
        if (schemaFields != null && field != null && !field.isBlank()) {
          schemaFields.add(fieldName(field));
        }
      }
      case "Placemark" -> {
        if (placemark != null) {
          throw new SAXException(record("a Placemark inside a Placemark"));
        }
        placemark = new Placemark(containers.peek(), line());
        parts = new ArrayList<>();
        multiDepth = 0;
        cameraLon = null;
        cameraLat = null;
        cameraHeading = null;
      }
      case "SchemaData" -> {
        String url = attributes.getValue("schemaUrl");
        if (placemark != null && url != null) {
          String key = url.strip();
          key = key.contains("#") ? key.substring(key.indexOf('#') + 1) : key;
          placemark.schemaFields.addAll(schemas.getOrDefault(key, List.of()));
        }
      }
      case "Data", "SimpleData" -> dataName = attributes.getValue("name");
      case "MultiGeometry" -> multiDepth++;
      case "Polygon" -> {
        outer = null;
        inner = new ArrayList<>();
      }
      case "Model", "Track", "MultiTrack" -> {
        if (placemark != null) {
          throw new SAXException(record("a " + name + " is not a survey geometry (use Point, LineString, Polygon)"));
        }
      }
      default -> { }
    }
    elements.push(name);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (text.length() + length > MAX_TEXT_CHARS) {
      throw new SAXException(InputException.file(shown, "holds an element <" + elements.peek() + "> longer than "
          + (MAX_TEXT_CHARS >> 20) + " Mi characters (line " + line() + "); refused as too large to read"));
    }
    text.append(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = elements.pop();
    String value = text.toString();
    text.setLength(0);
    String parent = parent();
    switch (name) {
      case "name" -> {
        if ((parent.equals("Folder") || parent.equals("Document")) && !containers.isEmpty()) {
          containers.peek().name = value.strip();
        } else if (parent.equals("Placemark") && placemark != null) {
          placemark.name = value.strip();
        }
      }
      case "Document", "Folder" -> containers.pop();
      case "Schema" -> schemaFields = null;
      case "value" -> {
        if (parent.equals("Data") && placemark != null && dataName != null) {
          placemark.data.put(fieldName(dataName), value);
        }
      }
      case "Data" -> {
        if (placemark != null && dataName != null) {
          placemark.data.putIfAbsent(fieldName(dataName), "");
        }
        dataName = null;
      }
      case "SimpleData" -> {
        if (placemark != null && dataName != null) {
          placemark.data.put(fieldName(dataName), value);
        }
        dataName = null;
      }
      case "href" -> {
        if (parent.equals("Link") || parent.equals("Url")) {
          if (grandparent().equals("NetworkLink")) {
            links.add(value.strip());
          }
        }
      }
      case "coordinates" -> coordinates(parent, value);
      case "Polygon" -> {
        if (placemark != null) {
          if (outer == null) {
            throw new SAXException(record("a Polygon without an outerBoundaryIs ring"));
          }
          parts.add(factory.createPolygon(outer, inner.toArray(LinearRing[]::new)));
        }
        outer = null;
        inner = null;
      }
      case "MultiGeometry" -> multiDepth--;
      case "longitude", "latitude", "heading" -> {
        if (placemark != null && parent.equals("Camera") && grandparent().equals("Placemark")) {
          if (name.equals("heading")) {
            cameraHeading = value.strip();
          } else {
            double v = number(value, name);
            if (name.equals("longitude")) {
              cameraLon = v;
            } else {
              cameraLat = v;
            }
          }
        }
      }
      case "Placemark" -> endPlacemark();
      default -> { }
    }
  }

  private void endPlacemark() throws SAXException {
    Placemark p = placemark;
    placemark = null;
    if (parts.isEmpty() && cameraLon != null && cameraLat != null) {
      parts.add(factory.createPoint(new Coordinate(cameraLon, cameraLat)));
      if (cameraHeading != null && !p.data.containsKey("heading")) {
        p.data.put("heading", cameraHeading);
      }
    }
    p.geometry = combine(parts);
    collector.placemarks.add(p);
    collector.files.put(p, shown);
  }

  private Geometry combine(List<Geometry> geometries) {
    if (geometries.isEmpty()) {
      return null;
    }
    if (geometries.size() == 1) {
      return geometries.get(0);
    }
    if (geometries.stream().allMatch(g -> g instanceof Point)) {
      return factory.createMultiPoint(geometries.toArray(Point[]::new));
    }
    if (geometries.stream().allMatch(g -> g instanceof LineString)) {
      return factory.createMultiLineString(geometries.toArray(LineString[]::new));
    }
    if (geometries.stream().allMatch(g -> g instanceof Polygon)) {
      return factory.createMultiPolygon(geometries.toArray(Polygon[]::new));
    }
    return factory.createGeometryCollection(geometries.toArray(Geometry[]::new));
  }

  private void coordinates(String parent, String value) throws SAXException {
    if (placemark == null) {
      return;
    }
    Coordinate[] points = positions(value);
    switch (parent) {
      case "Point" -> {
        if (points.length != 1) {
          throw new SAXException(record("a Point needs one position, has " + points.length));
        }
        parts.add(factory.createPoint(points[0]));
      }
      case "LineString" -> {
        if (points.length < 2) {
          throw new SAXException(record("a LineString needs at least 2 positions, has " + points.length));
        }
        parts.add(factory.createLineString(points));
      }
      case "LinearRing" -> {
        String boundary = grandparent();
        if (inner == null || !(boundary.equals("outerBoundaryIs") || boundary.equals("innerBoundaryIs"))) {
          throw new SAXException(record("a LinearRing outside a Polygon's outerBoundaryIs or innerBoundaryIs"));
        }
        LinearRing ring = ring(points);
        if (boundary.equals("outerBoundaryIs")) {
          if (outer != null) {
            throw new SAXException(record("a Polygon with two outer boundaries"));
          }
          outer = ring;
        } else {
          inner.add(ring);
        }
      }
      default -> { }
    }
  }

  private LinearRing ring(Coordinate[] points) throws SAXException {
    Coordinate[] closed = points;
    if (points.length > 0 && !points[0].equals2D(points[points.length - 1])) {
      closed = java.util.Arrays.copyOf(points, points.length + 1);
      closed[points.length] = new Coordinate(points[0]);
    }
    if (closed.length < 4) {
      throw new SAXException(record("a polygon ring needs at least 3 distinct positions, has " + (closed.length - 1)));
    }
    return factory.createLinearRing(closed);
  }

  private Coordinate[] positions(String value) throws SAXException {
    String t = COMMA.matcher(value.strip()).replaceAll(",");
    if (t.isEmpty()) {
      return new Coordinate[0];
    }
    String[] tuples = WHITESPACE.split(t);
    Coordinate[] out = new Coordinate[tuples.length];
    for (int i = 0; i < tuples.length; i++) {
      String[] parts = tuples[i].split(",", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw new SAXException(record("'" + abbreviate(tuples[i]) + "' is not a position (lon,lat or lon,lat,alt)"));
      }
      out[i] = new Coordinate(number(parts[0], "longitude"), number(parts[1], "latitude"));
    }
    return out;
  }

  private double number(String text, String what) throws SAXException {
    try {
      double v = Double.parseDouble(text.strip());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SAXException(record("the " + what + " '" + abbreviate(text.strip()) + "' is not a finite number"));
  }

  private InputException record(String reason) {
    Placemark p = placemark;
    String label = p == null ? null : p.label();
    String layer = p == null || p.container == null ? null : p.container.layer(mapping).map(LayerName::id).orElse(null);
    return new InputException(shown, layer, label, p == null ? null : "geometry", reason + " (line " + line() + ")");
  }

  private static String fieldName(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
