package org.camsurvey.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.camsurvey.read.KmlReader;
import org.camsurvey.read.LayerSchema;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes KML 2.2, or KMZ (the same KML as {@code doc.kml} in a zip), as Google Earth, QGIS and
 * GDAL read it: Folders of Placemarks whose fields are {@code ExtendedData}, typed by a {@code
 * Schema} where the fields are known ({@code SchemaData}), else as {@code <Data>}; geometry in
 * WGS 84 to 8 decimals (about 1 mm), outer rings anticlockwise.
 *
 * <p>Streaming: start folders, add placemarks, end folders, then {@link #finish()}.
 * {@link #writeLayers} writes a survey's layers the way {@link KmlReader} reads them back.
 */
public final class KmlWriter {
  private static final int DECIMALS = 8;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * A shared style, referred to as {@code #id}. Colours are KML's {@code aabbggrr} hex.
   *
   * @param id the style's id
   * @param lineColor outline and line colour
   * @param lineWidth outline width in pixels
   * @param fillColor polygon fill colour, or null for no fill
   * @param iconColor point icon tint
   * @param iconScale point icon size (1 = normal)
   */
  public record Style(String id, String lineColor, double lineWidth, String fillColor, String iconColor, double iconScale) {}

  /**
   * One Placemark.
   *
   * @param name the label shown on the map, or null
   * @param description the balloon text, or null
   * @param styleUrl a style's id, or null
   * @param schemaId the schema its values follow, or null to write them as untyped {@code <Data>}
   * @param values field values in order (String, Number, Boolean, dates; nulls are left out)
   * @param geometry WGS 84 longitude and latitude, or null
   */
  public record Placemark(String name, String description, String styleUrl, String schemaId,
      Map<String, Object> values, Geometry geometry) {
    public Placemark {
      values = values == null ? Map.of() : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
  }

  /**
   * The earliest time a zip entry holds as a local time alone: at 1980-01-01 00:00 itself, Java
   * adds the instant it makes of it in the writer's time zone, and the bytes would differ by zone.
   */
  private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

  private final XMLStreamWriter xml;
  private final ZipOutputStream zip;
  private int depth;

  private KmlWriter(OutputStream out, boolean kmz, String documentName) throws IOException {
    OutputStream target = out;
    if (kmz) {
      zip = new ZipOutputStream(target);
      ZipEntry doc = new ZipEntry("doc.kml");
      // zip would stamp the time of writing; the same survey is to give the same bytes
      doc.setTimeLocal(ZIP_EPOCH);
      zip.putNextEntry(doc);
      target = zip;
    } else {
      zip = null;
    }
    try {
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(target, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      newline();
      xml.writeStartElement("kml");
      xml.writeDefaultNamespace("http://www.opengis.net/kml/2.2");
      newline();
      xml.writeStartElement("Document");
      depth = 1;
      if (documentName != null) {
        element("name", documentName);
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /**
   * Starts a document.
   *
   * @param out where to write; it is flushed by {@link #finish()}, not closed
   * @param kmz whether to write a KMZ (zipped {@code doc.kml}) rather than plain KML
   * @param documentName the document's name as Google Earth lists it, or null
   */
  public static KmlWriter open(OutputStream out, boolean kmz, String documentName) throws IOException {
    return new KmlWriter(out, kmz, documentName);
  }

  /** Writes the layers as one Folder each, with a Schema per layer; their names are the Placemarks' names. */
  public static void writeLayers(List<OutputLayer> layers, String documentName, OutputStream out, boolean kmz)
      throws IOException {
    KmlWriter kml = open(out, kmz, documentName);
    for (OutputLayer layer : layers) {
      kml.schema(layer.name(), layer.fields());
    }
    for (OutputLayer layer : layers) {
      kml.startFolder(layer.name());
      String idField = layer.fields().isEmpty() ? null : layer.fields().get(0).name();
      for (OutputLayer.Feature f : layer.features()) {
        Object name = f.values().get("name") != null ? f.values().get("name") : f.values().get(idField);
        kml.placemark(new Placemark(name == null ? null : name.toString(), null, null, layer.name(), f.values(),
            f.geometry()));
      }
      kml.endFolder();
    }
    kml.finish();
  }

  public void style(Style style) throws IOException {
    try {
      indent();
      xml.writeStartElement("Style");
      xml.writeAttribute("id", style.id());
      xml.writeStartElement("IconStyle");
      element("color", style.iconColor());
      element("scale", number(style.iconScale()));
      xml.writeEndElement();
      xml.writeStartElement("LineStyle");
      element("color", style.lineColor());
      element("width", number(style.lineWidth()));
      xml.writeEndElement();
      xml.writeStartElement("PolyStyle");
      if (style.fillColor() == null) {
        element("fill", "0");
      } else {
        element("color", style.fillColor());
      }
      xml.writeEndElement();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Declares the fields of Placemarks written with this schema id. */
  public void schema(String id, List<LayerSchema.Field> fields) throws IOException {
    try {
      indent();
      xml.writeStartElement("Schema");
      xml.writeAttribute("name", id);
      xml.writeAttribute("id", id);
      for (LayerSchema.Field field : fields) {
        depth++;
        indent();
        depth--;
        xml.writeEmptyElement("SimpleField");
        xml.writeAttribute("name", field.name());
        xml.writeAttribute("type", switch (field.type()) {
          case REAL -> "double";
          case INTEGER -> "int";
          default -> "string";
        });
      }
      indent();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public void startFolder(String name) throws IOException {
    try {
      indent();
      xml.writeStartElement("Folder");
      depth++;
      element("name", name);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public void endFolder() throws IOException {
    try {
      depth--;
      indent();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public void placemark(Placemark p) throws IOException {
    try {
      indent();
      xml.writeStartElement("Placemark");
      depth++;
      if (p.name() != null) {
        element("name", p.name());
      }
      if (p.description() != null) {
        element("description", p.description());
      }
      if (p.styleUrl() != null) {
        element("styleUrl", "#" + p.styleUrl());
      }
      extendedData(p);
      if (p.geometry() != null && !p.geometry().isEmpty()) {
        indent();
        geometry(p.geometry());
      }
      depth--;
      indent();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the document (and the KMZ) and flushes; the stream stays open. */
  public void finish() throws IOException {
    try {
      newline();
      xml.writeEndElement();
      newline();
      xml.writeEndElement();
      newline();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
      if (zip != null) {
        zip.closeEntry();
        zip.finish();
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void extendedData(Placemark p) throws XMLStreamException {
    if (p.values().values().stream().allMatch(v -> v == null)) {
      return;
    }
    indent();
    xml.writeStartElement("ExtendedData");
    if (p.schemaId() != null) {
      xml.writeStartElement("SchemaData");
      xml.writeAttribute("schemaUrl", "#" + p.schemaId());
    }
    for (Map.Entry<String, Object> e : p.values().entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (p.schemaId() != null) {
        xml.writeStartElement("SimpleData");
        xml.writeAttribute("name", e.getKey());
        xml.writeCharacters(text(e.getValue()));
        xml.writeEndElement();
      } else {
        xml.writeStartElement("Data");
        xml.writeAttribute("name", e.getKey());
        xml.writeStartElement("value");
        xml.writeCharacters(text(e.getValue()));
        xml.writeEndElement();
        xml.writeEndElement();
      }
    }
    if (p.schemaId() != null) {
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** A value as survey files spell it: yes/no, ISO dates, plain numbers. */
  static String text(Object value) {
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
          : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof LocalDateTime t) {
      return t.format(DATE_TIME);
    }
    if (value instanceof java.util.Collection<?> list) {
      return String.join(",", list.stream().map(KmlWriter::text).toList());
    }
    return String.valueOf(value);
  }

  private void geometry(Geometry g) throws XMLStreamException {
    switch (g.getGeometryType()) {
      case "Point" -> {
        xml.writeStartElement("Point");
        element("coordinates", coordinates(new Coordinate[] {((Point) g).getCoordinate()}));
        xml.writeEndElement();
      }
      case "LineString", "LinearRing" -> {
        xml.writeStartElement("LineString");
        element("coordinates", coordinates(((LineString) g).getCoordinates()));
        xml.writeEndElement();
      }
      case "Polygon" -> {
        Polygon polygon = (Polygon) g;
        xml.writeStartElement("Polygon");
        xml.writeStartElement("outerBoundaryIs");
        ring(polygon.getExteriorRing().getCoordinates(), true);
        xml.writeEndElement();
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
          xml.writeStartElement("innerBoundaryIs");
          ring(polygon.getInteriorRingN(i).getCoordinates(), false);
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      default -> {
        xml.writeStartElement("MultiGeometry");
        for (int i = 0; i < g.getNumGeometries(); i++) {
          if (!g.getGeometryN(i).isEmpty()) {
            geometry(g.getGeometryN(i));
          }
        }
        xml.writeEndElement();
      }
    }
  }

  private void ring(Coordinate[] ring, boolean outer) throws XMLStreamException {
    Coordinate[] r = ring;
    if (Orientation.isCCW(ring) != outer) {
      r = ring.clone();
      Collections.reverse(Arrays.asList(r));
    }
    xml.writeStartElement("LinearRing");
    element("coordinates", coordinates(r));
    xml.writeEndElement();
  }

  private static String coordinates(Coordinate[] points) {
    StringBuilder b = new StringBuilder();
    for (Coordinate c : points) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(degrees(c.x)).append(',').append(degrees(c.y));
    }
    return b.toString();
  }

  private static String degrees(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private void element(String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n");
  }
}
