package org.camsurvey.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads one layer from a CSV file named after it. Points come as {@code lon},{@code lat}
 * (WGS 84) or {@code x},{@code y} (in the CRS the user names with {@code --crs}); any geometry as
 * a {@code wkt} column (in {@code --crs}, else WGS 84). A row with no geometry column is a
 * record without geometry, as access-log rows are.
 */
public final class CsvReader {

  /**
   * @param file the file name as the user gave it, for messages
   * @param bytes the file's content
   * @param layer the layer the file's name says
   */
  public RawLayer read(String file, byte[] bytes, String layer, ImportOptions options) {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, options.encoding());
    String text = decoded.text();
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiterOf(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
            .get();
    List<RawFeature> features = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>();
    Crs crs;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = new ArrayList<>();
      for (String name : parser.getHeaderNames()) {
        header.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
      }
      Geometries geometries = Geometries.of(file, layer, header, options.crs());
      crs = geometries.crs();
      for (String name : header) {
        if (!name.isEmpty() && !geometries.isGeometryColumn(name)) {
          fields.add(name);
        }
      }
      int number = 0;
      for (CSVRecord row : parser) {
        if (isBlank(row)) {
          continue;
        }
        number++;
        if (row.size() > header.size()) {
          throw new InputException(file, layer, "#" + number, null,
              "the row has " + row.size() + " values but the header names " + header.size() + " columns (line "
                  + row.getParser().getCurrentLineNumber() + ")");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
          String name = header.get(i);
          if (!name.isEmpty() && !geometries.isGeometryColumn(name)) {
            attributes.put(name, row.get(i));
          }
        }
        RawFeature provisional = new RawFeature(number, attributes, null);
        Geometry geometry = geometries.read(row, header, provisional);
        features.add(new RawFeature(number, attributes, geometry));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // The text is already in memory: an IOException is malformed CSV (an unclosed quote,
      // say), and the header's comes from CSVParser.parse, before any row is read.
      throw InputException.file(file, "not a readable CSV table: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw InputException.file(file, "not a readable CSV table: " + e.getCause().getMessage());
    }
    List<Finding> warnings = new ArrayList<>();
    if (decoded.guessed()) {
      warnings.add(
          Finding.of(FindingCode.DATA_ENCODING_GUESSED)
              .source(new SourceRef(file, layer, 0, null))
              .figure("encoding", decoded.charset().name())
              .build());
    }
    return new RawLayer(layer, file, crs, fields, features, warnings);
  }

  private static boolean isBlank(CSVRecord row) {
    for (String value : row) {
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Excel writes commas, but semicolons where the decimal mark is a comma, and some tools tabs. */
  private static char delimiterOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    int commas = count(header, ',');
    int semicolons = count(header, ';');
    int tabs = count(header, '\t');
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Which columns hold the geometry, and how to read it. */
  private static final class Geometries {
    /** Far more than any survey geometry needs (a GEOMETRYCOLLECTION of MULTIPOLYGONs is 4). */
    private static final int MAX_WKT_NESTING = 32;
    private final GeometryFactory factory = new GeometryFactory();
    private final String file;
    private final String layer;
    private final int first;
    private final int second;
    private final int wkt;
    private final Crs crs;
    private final Set<String> columns;

    private Geometries(String file, String layer, List<String> header, int first, int second, int wkt, Crs crs) {
      this.columns = new java.util.HashSet<>();
      for (int i : new int[] {first, second, wkt}) {
        if (i >= 0) {
          columns.add(header.get(i));
        }
      }
      this.file = file;
      this.layer = layer;
      this.first = first;
      this.second = second;
      this.wkt = wkt;
      this.crs = crs;
    }

    static Geometries of(String file, String layer, List<String> header, Crs userCrs) {
      int lon = indexOf(header, "lon", "lng", "longitude");
      int lat = indexOf(header, "lat", "latitude");
      int x = indexOf(header, "x");
      int y = indexOf(header, "y");
      int wkt = indexOf(header, "wkt", "geometry", "geom");
      if (lon >= 0 && lat >= 0) {
        Crs crs = userCrs != null && userCrs.isGeographic() ? userCrs : Crs.wgs84();
        return new Geometries(file, layer, header, lon, lat, wkt, crs);
      }
      if ((lon >= 0) != (lat >= 0)) {
        throw new InputException(file, layer, null, lon >= 0 ? "lat" : "lon",
            "a '" + (lon >= 0 ? "lon" : "lat") + "' column needs its '" + (lon >= 0 ? "lat" : "lon") + "' column");
      }
      if (x >= 0 && y >= 0) {
        if (userCrs == null) {
          throw new InputException(file, layer, null, "x",
              "x/y coordinates need their CRS: give it with --crs (e.g. --crs EPSG:4545 for CGCS2000 Gauss-Krüger CM 108E)");
        }
        return new Geometries(file, layer, header, x, y, wkt, userCrs);
      }
      return new Geometries(file, layer, header, -1, -1, wkt, userCrs != null ? userCrs : Crs.wgs84());
    }

    Crs crs() {
      return crs;
    }

    boolean isGeometryColumn(String name) {
      return columns.contains(name);
    }

    Geometry read(CSVRecord row, List<String> header, RawFeature feature) {
      String label = label(feature);
      if (first >= 0) {
        String a = first < row.size() ? row.get(first) : "";
        String b = second < row.size() ? row.get(second) : "";
        if (a.isBlank() && b.isBlank()) {
          return null;
        }
        double u = coordinate(a, header.get(first), label);
        double v = coordinate(b, header.get(second), label);
        return factory.createPoint(new Coordinate(u, v));
      }
      if (wkt >= 0 && wkt < row.size() && !row.get(wkt).isBlank()) {
        String text = row.get(wkt);
        if (nesting(text) > MAX_WKT_NESTING) {
          // WKTReader descends one stack frame per bracket: deep nesting would overflow the stack.
          throw new InputException(file, layer, label, header.get(wkt),
              "not valid WKT: brackets nested deeper than " + MAX_WKT_NESTING);
        }
        try {
          Geometry g = new WKTReader(factory).read(text);
          for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
              throw new InputException(file, layer, label, header.get(wkt), "a coordinate is not a finite number");
            }
          }
          return g;
        } catch (ParseException e) {
          throw new InputException(file, layer, label, header.get(wkt), "not valid WKT: " + e.getMessage());
        } catch (IllegalArgumentException e) {
          // JTS rejects an unclosed ring or a one-point line while building it, not while parsing.
          throw new InputException(file, layer, label, header.get(wkt), "not a valid geometry: " + e.getMessage());
        }
      }
      return null;
    }

    private static int nesting(String text) {
      int depth = 0;
      int deepest = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '(') {
          deepest = Math.max(deepest, ++depth);
        } else if (c == ')') {
          depth--;
        }
      }
      return deepest;
    }

    private double coordinate(String text, String column, String label) {
      String t = text.strip();
      if (t.matches("-?\\d+,\\d+")) {
        t = t.replace(',', '.');
      }
      try {
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
          throw new NumberFormatException();
        }
        return value;
      } catch (NumberFormatException e) {
        throw new InputException(file, layer, label, column,
            t.isEmpty() ? "the coordinate is empty" : "'" + t + "' is not a number");
      }
    }

    private String label(RawFeature feature) {
      for (String idField : List.of("camera_id", "zone_id", "site_id", "obst_id")) {
        String id = feature.text(idField);
        if (id != null) {
          return id;
        }
      }
      return "#" + feature.number();
    }

    private static int indexOf(List<String> header, String... names) {
      for (String name : names) {
        int i = header.indexOf(name);
        if (i >= 0) {
          return i;
        }
      }
      return -1;
    }
  }
}
