package org.camsurvey.read;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.camsurvey.read.GeoPackageColumns.Column;
import org.camsurvey.read.GeoPackageColumns.Kind;

/**
 * A GeoPackage table's layout: its columns, key, geometry column and CRS; the names its records'
 * fields share, and each column's slot among them ({@link #GEOMETRY}, {@link #UNREAD} or an index
 * into the names); and what its layer looks like without records.
 */
record GeoPackageTable(String shown, String layer, String name, Connection connection, List<Column> columns,
    String key, String geometryColumn, Crs crs, String[] fieldNames, int[] slots) {
  /** The slot of the geometry column. */
  static final int GEOMETRY = -1;
  /** The slot of a column not read as a field: the key, or binary data. */
  static final int UNREAD = -2;

  /**
   * The layout of a table's columns: the key and the geometry are not fields; every other column
   * but binary data is, by its name stripped and lower-cased (interned, as the field names the
   * code looks up are).
   */
  static GeoPackageTable of(String shown, String layer, String name, Connection connection, List<Column> columns,
      String geometryColumn, Crs crs) {
    String key = columns.stream().filter(Column::primaryKey).map(Column::name).findFirst().orElse(null);
    Map<String, Integer> fieldSlots = new LinkedHashMap<>();
    int[] slots = new int[columns.size()];
    for (int i = 0; i < slots.length; i++) {
      Column c = columns.get(i);
      if (c.name().equalsIgnoreCase(String.valueOf(geometryColumn))) {
        slots[i] = GEOMETRY;
      } else if (!c.primaryKey() && c.kind() != Kind.BLOB) {
        // two columns of one name once lower-cased fill one field, the later's value winning
        slots[i] = fieldSlots.computeIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), field -> fieldSlots.size());
      } else {
        slots[i] = UNREAD;
      }
    }
    return new GeoPackageTable(shown, layer, name, connection, columns, key, geometryColumn, crs,
        fieldSlots.keySet().stream().map(String::intern).toArray(String[]::new), slots);
  }

  /** The fields, in the columns' order. */
  Set<String> fields() {
    return new LinkedHashSet<>(Arrays.asList(fieldNames));
  }

  /** The records' order: by key, else as stored. */
  String order() {
    return key == null ? "rowid" : GeoPackageColumns.quote(key);
  }

  RawLayer header(List<RawFeature> features) {
    return new RawLayer(layer, shown, crs, fields(), features, List.of());
  }

  /**
   * Where each column is in a query's rows, found once per query: looking each value up by name
   * lower-cased the name again for every value of every record.
   */
  int[] positions(ResultSet rows) throws SQLException {
    int[] at = new int[columns.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = rows.findColumn(columns.get(i).name());
    }
    return at;
  }
}
