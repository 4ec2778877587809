package org.camsurvey.read;

import java.util.List;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Which columns of a table (CSV, a workbook sheet) hold the geometry, and how to read it: points
 * as {@code lon},{@code lat} (WGS 84, or a geographic {@code --crs}) or {@code x},{@code y} (in
 * {@code --crs}), any geometry as a {@code wkt} column.
 */
final class ColumnGeometry {
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
  private final List<String> columnNames;

  private ColumnGeometry(String file, String layer, List<String> header, int first, int second, int wkt, Crs crs) {
    this.columnNames = List.copyOf(header);
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

  static ColumnGeometry of(String file, String layer, List<String> header, Crs userCrs) {
    int lon = indexOf(header, "lon", "lng", "longitude");
    int lat = indexOf(header, "lat", "latitude");
    int x = indexOf(header, "x");
    int y = indexOf(header, "y");
    int wkt = indexOf(header, "wkt", "geometry", "geom");
    if (lon >= 0 && lat >= 0) {
      Crs crs = userCrs != null && userCrs.isGeographic() ? userCrs : Crs.wgs84();
      return new ColumnGeometry(file, layer, header, lon, lat, wkt, crs);
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
      return new ColumnGeometry(file, layer, header, x, y, wkt, userCrs);
    }
    return new ColumnGeometry(file, layer, header, -1, -1, wkt, userCrs != null ? userCrs : Crs.wgs84());
  }

  Crs crs() {
    return crs;
  }

  boolean isGeometryColumn(String name) {
    return columns.contains(name);
  }

  /**
   * @param row the row's values by column, as text (shorter than the header where it ends early)
   * @param feature the record so far, to name it in messages
   */
  Geometry read(List<String> row, RawFeature feature) {
    String label = label(feature);
    if (first >= 0) {
      String a = first < row.size() ? row.get(first) : "";
      String b = second < row.size() ? row.get(second) : "";
      if (a.isBlank() && b.isBlank()) {
        return null;
      }
      double u = coordinate(a, columnNames.get(first), label);
      double v = coordinate(b, columnNames.get(second), label);
      return factory.createPoint(new Coordinate(u, v));
    }
    if (wkt >= 0 && wkt < row.size() && !row.get(wkt).isBlank()) {
      String text = row.get(wkt);
      if (nesting(text) > MAX_WKT_NESTING) {
        // WKTReader descends one stack frame per bracket: deep nesting would overflow the stack.
        throw new InputException(file, layer, label, columnNames.get(wkt),
            "not valid WKT: brackets nested deeper than " + MAX_WKT_NESTING);
      }
      try {
        Geometry g = new WKTReader(factory).read(text);
        for (Coordinate c : g.getCoordinates()) {
          if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
            throw new InputException(file, layer, label, columnNames.get(wkt), "a coordinate is not a finite number");
          }
        }
        return g;
      } catch (ParseException e) {
        throw new InputException(file, layer, label, columnNames.get(wkt), "not valid WKT: " + e.getMessage() + " (write POINT (x y), LINESTRING (…) or POLYGON ((…)))");
      } catch (IllegalArgumentException e) {
        // JTS rejects an unclosed ring or a one-point line while building it, not while parsing.
        throw new InputException(file, layer, label, columnNames.get(wkt), "not a valid geometry: " + e.getMessage() + " (close each ring on its first point; a line needs two points)");
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
