package org.camsurvey.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camsurvey.read.KmlPlacemarks.Collector;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

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
    KmlHandler handler = new KmlHandler(shown, collector, mapping);
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

}
