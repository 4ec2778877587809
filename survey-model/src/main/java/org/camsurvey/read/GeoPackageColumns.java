package org.camsurvey.read;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;

/** The columns of a GeoPackage table and their values as the survey fields take them. */
final class GeoPackageColumns {
  private static final List<String> ID_FIELDS = List.of("camera_id", "zone_id", "site_id", "obst_id");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private GeoPackageColumns() {}

  /** How a column's declared type says its values are to be read. */
  enum Kind {
    TEXT,
    INTEGER,
    REAL,
    BOOLEAN,
    DATE,
    DATE_TIME,
    BLOB,
    /** Declared otherwise, or not at all: values as SQLite stores them. */
    ANY
  }

  record Column(String name, Kind kind, boolean primaryKey) {}

  static List<Column> columns(Connection connection, String shown, String layer, String table, String geometryColumn) {
    List<Column> columns = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet info = statement.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
      while (info.next()) {
        String name = info.getString("name");
        String type = info.getString("type");
        boolean primaryKey = info.getInt("pk") > 0;
        columns.add(new Column(name, name.equalsIgnoreCase(String.valueOf(geometryColumn)) ? Kind.BLOB : kind(type),
            primaryKey));
      }
    } catch (SQLException e) {
      throw new InputException(shown, layer, null, null, "cannot read the columns of table '" + table + "': " + e.getMessage());
    }
    return columns;
  }

  private static Kind kind(String declared) {
    String t = declared == null ? "" : declared.strip().toUpperCase(Locale.ROOT);
    int paren = t.indexOf('(');
    if (paren >= 0) {
      t = t.substring(0, paren).strip();
    }
    return switch (t) {
      case "TEXT", "VARCHAR", "CHAR", "NVARCHAR", "CLOB" -> Kind.TEXT;
      case "INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT", "BIGINT" -> Kind.INTEGER;
      case "REAL", "DOUBLE", "FLOAT", "NUMERIC", "DECIMAL" -> Kind.REAL;
      case "BOOLEAN" -> Kind.BOOLEAN;
      case "DATE" -> Kind.DATE;
      case "DATETIME" -> Kind.DATE_TIME;
      case "BLOB" -> Kind.BLOB;
      default -> Kind.ANY;
    };
  }

  /**
   * A value as the survey fields take it: TEXT → String, INTEGER → Long, REAL → Double, BOOLEAN →
   * Boolean, DATE and DATETIME → text (a DATETIME in UTC or with an offset as China's local time).
   * A value stored otherwise than declared (SQLite allows it) is taken as stored.
   */
  static Object value(String shown, String layer, long fid, Column column, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[]) {
      throw new InputException(shown, layer, "fid " + fid, column.name().toLowerCase(Locale.ROOT),
          "holds binary data, not a value");
    }
    Object stored = value instanceof Integer i ? Long.valueOf(i.longValue())
        : value instanceof Float f ? Double.valueOf(f.doubleValue()) : value;
    return switch (column.kind()) {
      case BOOLEAN -> stored instanceof Long l ? Boolean.valueOf(l != 0) : stored;
      case REAL -> stored instanceof Long l ? Double.valueOf(l.doubleValue()) : stored;
      case TEXT, DATE -> stored instanceof String ? stored : text(stored);
      case DATE_TIME -> stored instanceof String s ? localDateTime(s) : text(stored);
      default -> stored;
    };
  }

  private static String text(Object stored) {
    return stored instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString(d.longValue()) : stored.toString();
  }

  /** GeoPackage DATETIMEs are UTC ({@code 2024-03-05T06:30:00.000Z}); the survey's are China's local time. */
  private static String localDateTime(String text) {
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t).atZoneSameInstant(CHINA).toLocalDateTime().format(LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  static String record(Map<String, Object> attributes, long fid) {
    for (String idField : ID_FIELDS) {
      Object id = attributes.get(idField);
      if (id != null && !id.toString().isBlank()) {
        return id.toString().strip() + " (fid " + fid + ")";
      }
    }
    return "fid " + fid;
  }


  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
