package org.camsurvey.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camsurvey.geo.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads KML 2.2 (and KMZ, its zipped form): one {@code Folder} (or {@code Document}) per layer,
 * named after it; fields from {@code ExtendedData}, both as {@code <Data name><value>} and as
 * {@code SchemaData}/{@code SimpleData} (the two ways GDAL's KML and LIBKML drivers write them);
 * geometry from {@code Point}, {@code LineString}, {@code Polygon} and {@code MultiGeometry}, in
 * WGS 84 longitude and latitude (altitudes are dropped).
 *
 * <p>A Placemark in no folder named after a layer takes its layer from a {@code layer} field, else
 * from the file's name ({@code cameras.kml}), else it is refused. A Placemark's {@code <name>}
 * fills the {@code name} field of layers that have one (sites, zones) when its ExtendedData does
 * not. A Placemark with no geometry but a {@code <Camera>} view (as GDAL's LIBKML driver writes a
 * point layer with a {@code heading} field) stands at the view's position.
 *
 * <p>The parser is hardened (docs/DESIGN.md, "Known traps"): a DOCTYPE is refused outright, so no
 * entity is ever expanded and no external file or URL is ever read; secure processing is on;
 * elements nest at most {@value #MAX_DEPTH} deep. A KMZ is read from its {@code doc.kml} (else its
 * first {@code .kml}) and the {@code .kml} files inside the same archive that it links to (GDAL's
 * LIBKML driver writes one per layer), within the limits of {@link KmzArchive}.
 */
public final class KmlReader {
  /** Deepest element nesting accepted; GDAL's output nests about 10 deep. */
  static final int MAX_DEPTH = 100;
  /**
   * Longest text of one element, in characters: a polygon of a million vertices is 40 million; the
   * limit keeps a KMZ whose KML inflates to a gigabyte of coordinates from filling the memory.
   */
  static final int MAX_TEXT_CHARS = 64 << 20;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final List<String> ID_FIELDS = List.of("camera_id", "zone_id", "site_id", "obst_id");

  private final GeometryFactory factory = new GeometryFactory();
  private final FieldMapping mapping;

  /** A reader that knows layers by their own names only. */
  public KmlReader() {
    this(FieldMapping.none());
  }

  /** A reader that also knows folders by the names the mapping gives them ({@code @layer.摄像机=cameras}). */
  public KmlReader(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Reads a {@code .kml} or {@code .kmz} file.
   *
   * @param shown the file as the user named it, for messages
   * @param layerFromName the layer the file's name says, or null
   */
  public List<RawLayer> read(Path file, String shown, String layerFromName) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz")) {
      return readKmz(file, shown, layerFromName);
    }
    Collector collector = new Collector(shown, layerFromName, mapping);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      parse(shown, in, collector);
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
    return collector.layers();
  }

  /**
   * Reads KML from bytes.
   *
   * @param shown the file as the user named it, for messages
   * @param layerFromName the layer the file's name says, or null
   */
  public List<RawLayer> read(String shown, byte[] kml, String layerFromName) {
    Collector collector = new Collector(shown, layerFromName, mapping);
    parse(shown, new java.io.ByteArrayInputStream(kml), collector);
    return collector.layers();
  }

  private List<RawLayer> readKmz(Path file, String shown, String layerFromName) {
    Collector collector = new Collector(shown, layerFromName, mapping);
    try (KmzArchive kmz = KmzArchive.open(file, shown)) {
      ZipEntry main = kmz.mainKml();
      List<String> links;
      try (InputStream in = kmz.inflate(main)) {
        links = parse(shown, in, collector);
      }
      Set<String> read = new LinkedHashSet<>(List.of(main.getName()));
      for (String href : links) {
        Optional<ZipEntry> linked = kmz.linkedKml(main, href);
        if (linked.isPresent() && read.add(linked.get().getName())) {
          try (InputStream in = kmz.inflate(linked.get())) {
            parse(shown + "!" + linked.get().getName(), in, collector);
          }
        }
      }
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
    return collector.layers();
  }

  /** Parses one KML document into the collector; returns the hrefs of its NetworkLinks. */
  private List<String> parse(String shown, InputStream in, Collector collector) {
    Handler handler = new Handler(shown, collector);
    try {
      SAXParser parser = parserFactory().newSAXParser();
      setIfKnown(parser, XMLConstants.ACCESS_EXTERNAL_DTD, "");
      setIfKnown(parser, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      setIfKnown(parser, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Integer.toString(MAX_DEPTH));
      InputSource source = new InputSource(in);
      source.setSystemId("kml:" + shown.replaceAll("[^A-Za-z0-9._-]", "_"));
      parser.parse(source, handler);
    } catch (SAXParseException e) {
      if (e.getException() instanceof InputException input) {
        throw input;
      }
      throw InputException.file(shown, describe(e));
    } catch (SAXException e) {
      if (e.getException() instanceof InputException input) {
        throw input;
      }
      throw InputException.file(shown, "not readable KML: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getCause().getMessage());
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be configured safely", e);
    }
    if (!handler.sawKml) {
      throw InputException.file(shown, "is not a KML document (no <kml> root element)");
    }
    return handler.links;
  }

  private static String describe(SAXParseException e) {
    String where = " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("DOCTYPE")) {
      return "declares a DOCTYPE" + where + "; KML needs none, and DTDs and entities are refused for safety";
    }
    if (message.contains("maxElementDepth") || message.contains("element depth")) {
      return "nests elements deeper than " + MAX_DEPTH + " levels" + where;
    }
    return "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message;
  }

  private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
    // The JDK's own parser, whatever else is on the class path, with every door to DTDs closed.
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  private static void setIfKnown(SAXParser parser, String property, String value) {
    try {
      parser.setProperty(property, value);
    } catch (SAXException ignored) {
      // Another parser: the DOCTYPE ban and the handler's own depth count still hold.
    }
  }

  /** A Folder or Document, whose name may come after its Placemarks. */
  private static final class Container {
    final Container parent;
    String name;

    Container(Container parent) {
      this.parent = parent;
    }

    /** The layer of the innermost container named after one, or named one by the mapping. */
    Optional<LayerName> layer(FieldMapping mapping) {
      for (Container c = this; c != null; c = c.parent) {
        if (c.name != null) {
          Optional<LayerName> layer = mapping.layer(c.name).flatMap(LayerName::parse);
          if (layer.isPresent()) {
            return layer;
          }
        }
      }
      return Optional.empty();
    }
  }

  /** A Placemark as read, before its layer is known. */
  private static final class Placemark {
    final Container container;
    final int line;
    String name;
    final Map<String, String> data = new LinkedHashMap<>();
    final Set<String> schemaFields = new LinkedHashSet<>();
    Geometry geometry;

    Placemark(Container container, int line) {
      this.container = container;
      this.line = line;
    }

    String label() {
      for (String field : ID_FIELDS) {
        String id = data.get(field);
        if (id != null && !id.isBlank()) {
          return id.strip();
        }
      }
      return null;
    }
  }

  /** Gathers Placemarks from one or more documents and lays them out as layers. */
  private static final class Collector {
    final String shown;
    final String layerFromName;
    final FieldMapping mapping;
    final List<Placemark> placemarks = new ArrayList<>();
    final List<Container> containers = new ArrayList<>();
    /** The file each placemark came from, for messages. */
    final Map<Placemark, String> files = new HashMap<>();

    Collector(String shown, String layerFromName, FieldMapping mapping) {
      this.shown = shown;
      this.layerFromName = layerFromName;
      this.mapping = mapping;
    }

    List<RawLayer> layers() {
      Map<String, List<RawFeature>> features = new LinkedHashMap<>();
      Map<String, Set<String>> fields = new LinkedHashMap<>();
      for (Container c : containers) {
        if (c.name != null) {
          mapping.layer(c.name).flatMap(LayerName::parse)
              .ifPresent(l -> features.computeIfAbsent(l.id(), k -> new ArrayList<>()));
        }
      }
      int position = 0;
      for (Placemark p : placemarks) {
        position++;
        String file = files.getOrDefault(p, shown);
        String layer = layerOf(file, p, position);
        Map<String, Object> attributes = new LinkedHashMap<>(p.data);
        attributes.remove("layer");
        if (p.name != null && !attributes.containsKey("name")
            && LayerSchema.of(LayerName.parse(layer).orElseThrow()).field("name").isPresent()) {
          attributes.put("name", p.name);
        }
        // Google Earth shows a Placemark by its name: for a camera that is its number.
        if (p.name != null && !p.name.isBlank() && layer.equals(LayerName.CAMERAS.id()) && !attributes.containsKey("camera_id")) {
          attributes.put("camera_id", p.name.strip());
        }
        List<RawFeature> list = features.computeIfAbsent(layer, k -> new ArrayList<>());
        list.add(new RawFeature(list.size() + 1, attributes, p.geometry));
        Set<String> names = fields.computeIfAbsent(layer, k -> new LinkedHashSet<>());
        names.addAll(p.schemaFields);
        names.addAll(attributes.keySet());
      }
      if (features.isEmpty() && layerFromName != null) {
        features.put(layerFromName, List.of());
      }
      List<RawLayer> layers = new ArrayList<>();
      for (Map.Entry<String, List<RawFeature>> e : features.entrySet()) {
        Set<String> names = new LinkedHashSet<>(fields.getOrDefault(e.getKey(), Set.of()));
        names.remove("layer");
        layers.add(new RawLayer(e.getKey(), shown, Crs.wgs84(), names, e.getValue(), List.of()));
      }
      return layers;
    }

    private String layerOf(String file, Placemark p, int position) {
      Optional<LayerName> folder = p.container == null ? Optional.empty() : p.container.layer(mapping);
      String declared = p.data.get("layer");
      Optional<LayerName> field = declared == null || declared.isBlank() ? Optional.empty() : LayerName.parse(declared);
      String record = p.label() != null ? p.label() : "#" + position;
      if (declared != null && !declared.isBlank() && field.isEmpty()) {
        throw new InputException(file, null, record, "layer", "unknown layer '" + declared.strip()
            + "' (expected sites, cameras, zones, obstacles, access_log, checklist or evidence; Placemark at line " + p.line + ")");
      }
      if (folder.isPresent() && field.isPresent() && folder.get() != field.get()) {
        throw new InputException(file, null, record, "layer", "the Placemark at line " + p.line + " is in folder '"
            + folder.get().id() + "' but its 'layer' field says '" + field.get().id() + "'");
      }
      if (folder.isPresent()) {
        return folder.get().id();
      }
      if (field.isPresent()) {
        return field.get().id();
      }
      if (layerFromName != null) {
        return layerFromName;
      }
      throw new InputException(file, null, record, null, "the Placemark at line " + p.line
          + " is in no folder named after a layer and has no 'layer' field: put it in a Folder named cameras, zones, "
          + "sites or obstacles, or give it ExtendedData 'layer'");
    }
  }

  /** The SAX state machine. */
  private final class Handler extends DefaultHandler {
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

    Handler(String shown, Collector collector) {
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
  }

  private static String fieldName(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
