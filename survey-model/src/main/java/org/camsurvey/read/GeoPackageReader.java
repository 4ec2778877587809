package org.camsurvey.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mil.nga.crs.CRS;
import mil.nga.crs.common.Identifier;
import mil.nga.crs.util.proj.ProjParser;
import mil.nga.crs.wkt.CRSReader;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads a GeoPackage (OGC 12-128r18): the survey layers are the feature tables, and for {@code
 * access_log}, {@code checklist} and {@code evidence} the attribute tables, named after them (evidence
 * may also be a feature table of points); every other table is
 * ignored. Each layer keeps its own {@code srs_id}: an EPSG code, else the CRS's WKT definition.
 *
 * <p>Geometry blobs are read by NGA's GeoPackage library for their header and by JTS for their
 * well-known binary, and checked here: NGA reads a point with NaN coordinates as no geometry at
 * all and trusts a header envelope that disagrees with the geometry, so every coordinate is
 * tested for finiteness and the header envelope is never used.
 */
public final class GeoPackageReader {
  /** The first 16 bytes of every SQLite 3 database. */
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  /** srs_id 0 is "undefined geographic" and -1 "undefined Cartesian" (GeoPackage 1.2, Req 11). */
  private static final long UNDEFINED_GEOGRAPHIC = 0;
  private static final long UNDEFINED_CARTESIAN = -1;
  private static final List<String> ID_FIELDS = List.of("camera_id", "zone_id", "site_id", "obst_id");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** How far the straight segments a curve is read as may stray from it. */
  static final double CURVE_TOLERANCE_METRES = 0.01;
  private static final List<String> CURVE_TYPES =
      List.of("CircularString", "CompoundCurve", "CurvePolygon", "MultiCurve", "MultiSurface");

  private final GeometryFactory factory = new GeometryFactory();
  /** The warnings of curves read as straight segments, until their layer is handed on. */
  private final List<Finding> linearised = new ArrayList<>();

  /**
   * Reads every survey layer the package holds.
   *
   * @param file the GeoPackage
   * @param shown the file as the user named it, for messages
   * @param layerFromName the layer the file's name says ({@code cameras.gpkg}), or null: a package
   *     so named whose only table is named otherwise is read as that layer
   * @throws InputException when the file is not a GeoPackage or a record cannot be read
   */
  public List<RawLayer> read(Path file, String shown, String layerFromName, ImportOptions options) {
    GeoPackage geoPackage = open(file, shown);
    try {
      Map<String, String> tables = layerTables(geoPackage, shown, layerFromName, options.mapping());
      if (tables.isEmpty()) {
        throw InputException.file(shown, "holds no survey layers (expected feature tables named sites, cameras,"
            + " zones or obstacles, or attribute tables named access_log, checklist or evidence; or name its tables"
            + " in a mapping file: @layer.TABLE=cameras)");
      }
      List<RawLayer> layers = new ArrayList<>();
      for (Map.Entry<String, String> e : tables.entrySet()) {
        layers.add(readLayer(geoPackage, shown, e.getKey(), e.getValue(), options));
      }
      return layers;
    } finally {
      geoPackage.close();
    }
  }

  /** What a batch does with a GeoPackage read site by site ({@link #readBySite}). */
  public interface SiteReading {
    /**
     * The cameras' column that holds site ids, or empty when they cannot be grouped by one
     * column (the survey is then read whole).
     *
     * @param cameraFields the cameras' fields, lower case
     */
    Optional<String> siteColumn(Set<String> cameraFields);

    /** Gets every layer but the cameras, and the cameras layer without records, before anything else. */
    void layers(List<RawLayer> layers);

    /** Sees one camera's coordinates in the layer's CRS; every camera, before the first site. */
    void point(Crs crs, double x, double y);

    /** Gets one site's cameras as a layer of their own, site after site. */
    void site(RawLayer cameras);
  }

  /**
   * Reads a GeoPackage a site at a time, so that a batch never holds more than one site's
   * cameras: the other layers whole, then every camera's coordinates, then the cameras grouped
   * by site. Groups come in the order of their site ids as text; records keep their numbers
   * and, within a site, their order.
   *
   * @return false, having handed nothing on, when the package has no cameras table or its site
   *     ids are not in one column
   * @throws InputException when the file is not a GeoPackage or a record cannot be read
   */
  public boolean readBySite(Path file, String shown, ImportOptions options, SiteReading reading) {
    GeoPackage geoPackage = open(file, shown);
    try {
      Map<String, String> tables = layerTables(geoPackage, shown, null, options.mapping());
      String cameraTable = tables.get(LayerName.CAMERAS.id());
      if (cameraTable == null) {
        return false;
      }
      Table cameras = table(geoPackage, shown, LayerName.CAMERAS.id(), cameraTable, options);
      Optional<String> siteField = reading.siteColumn(cameras.fields());
      Optional<Column> siteColumn = siteField.flatMap(f -> cameras.columns().stream()
          .filter(c -> c.name().strip().toLowerCase(Locale.ROOT).equals(f)).findFirst());
      if (siteColumn.isEmpty() || cameras.geometryColumn() == null) {
        return false;
      }
      List<RawLayer> layers = new ArrayList<>();
      for (Map.Entry<String, String> e : tables.entrySet()) {
        layers.add(e.getValue().equals(cameraTable) ? cameras.header(List.of())
            : readLayer(geoPackage, shown, e.getKey(), e.getValue(), options));
      }
      reading.layers(layers);
      boolean sorted = scan(cameras, siteColumn.get(), reading);
      group(cameras, siteColumn.get(), sorted, reading);
      return true;
    } finally {
      geoPackage.close();
    }
  }

  /**
   * Hands on every camera's coordinates, and tells whether the records are stored in the order of
   * their site ids already (a municipal export usually is), which saves sorting them.
   */
  private boolean scan(Table cameras, Column site, SiteReading reading) {
    String sql = "SELECT " + quote(site.name()) + ", " + quote(cameras.geometryColumn())
        + (cameras.key() == null ? "" : ", " + quote(cameras.key()))
        + " FROM " + quote(cameras.name()) + " ORDER BY " + cameras.order();
    boolean sorted = true;
    String previous = "";
    try (Statement statement = cameras.connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      long number = 0;
      while (rows.next()) {
        number++;
        long fid = cameras.key() == null ? number : rows.getLong(3);
        String siteId = RawFeature.text(value(cameras.shown(), cameras.layer(), fid, site, rows.getObject(1)));
        String key = siteId == null ? "" : siteId;
        if (key.compareTo(previous) < 0) {
          sorted = false;
        }
        previous = key;
        if (rows.getObject(2) instanceof byte[] blob) {
          points(blob, cameras.crs(), reading);
        }
      }
    } catch (SQLException e) {
      throw new InputException(cameras.shown(), cameras.layer(), null, null,
          "cannot read table '" + cameras.name() + "': " + e.getMessage());
    }
    return sorted;
  }

  /**
   * A point's coordinates straight from the blob (the common case, read without building
   * geometry); anything else through JTS. A blob that cannot be read is left to the records'
   * validation, which names it.
   */
  private void points(byte[] blob, Crs crs, SiteReading reading) {
    if (blob.length >= 8 && blob[0] == 'G' && blob[1] == 'P' && (blob[3] & 0x30) == 0) {
      int envelope = switch ((blob[3] >> 1) & 0x07) {
        case 0 -> 0;
        case 1 -> 32;
        case 2, 3 -> 48;
        case 4 -> 64;
        default -> -1;
      };
      int wkb = 8 + envelope;
      if (envelope >= 0 && blob.length >= wkb + 21) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(blob);
        b.order(blob[wkb] == 1 ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        if (b.getInt(wkb + 1) == 1) {
          double x = b.getDouble(wkb + 5);
          double y = b.getDouble(wkb + 13);
          if (Double.isFinite(x) && Double.isFinite(y)) {
            reading.point(crs, x, y);
          }
          return;
        }
      }
    }
    try {
      Geometry g = geometry(blob, "", "", "");
      if (g != null) {
        for (org.locationtech.jts.geom.Coordinate c : g.getCoordinates()) {
          reading.point(crs, c.x, c.y);
        }
      }
    } catch (InputException e) {
      // named when the record itself is read
    }
  }

  /** Hands on the cameras a site at a time. */
  private void group(Table cameras, Column site, boolean sorted, SiteReading reading) {
    String number = "\"camsurvey number\"";
    String sql = sorted
        ? "SELECT * FROM " + quote(cameras.name()) + " ORDER BY " + cameras.order()
        : "SELECT ROW_NUMBER() OVER (ORDER BY " + cameras.order() + ") AS " + number + ", * FROM "
            + quote(cameras.name()) + " ORDER BY TRIM(CAST(" + quote(site.name()) + " AS TEXT)), " + cameras.order();
    String siteField = site.name().strip().toLowerCase(Locale.ROOT);
    // Stored in order, the scan has shown every site's records together already.
    Set<String> done = sorted ? null : new java.util.HashSet<>();
    try (Statement statement = cameras.connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<RawFeature> group = new ArrayList<>();
      String current = null;
      int position = 0;
      while (rows.next()) {
        position++;
        RawFeature feature = feature(cameras, rows, sorted ? position : rows.getInt(1));
        String siteId = feature.text(siteField);
        if (!group.isEmpty() && !java.util.Objects.equals(siteId, current)) {
          handOn(cameras, group, current, done, reading);
          group = new ArrayList<>();
        }
        current = siteId;
        group.add(feature);
      }
      if (!group.isEmpty()) {
        handOn(cameras, group, current, done, reading);
      }
    } catch (SQLException e) {
      throw new InputException(cameras.shown(), cameras.layer(), null, null,
          "cannot read table '" + cameras.name() + "': " + e.getMessage());
    }
  }

  private static void handOn(Table cameras, List<RawFeature> group, String siteId, Set<String> done,
      SiteReading reading) {
    if (done != null && !done.add(String.valueOf(siteId))) {
      // SQLite's text order keeps equal ids together; ids it orders apart (a number and its
      // text, stored in one column) would split a site in two.
      throw new InputException(cameras.shown(), cameras.layer(), null, null,
          "the cameras of site '" + siteId + "' do not sort together (site ids stored both as numbers and as text?)");
    }
    reading.site(cameras.header(group));
  }

  /** Opens a file as a GeoPackage, read only, once it is known to be one: an SQLite file with the GeoPackage tables. */
  private static GeoPackage open(Path file, String shown) {
    requireSqlite(file, shown);
    GeoPackage geoPackage;
    try {
      geoPackage = GeoPackageManager.open(false, file.toFile(), false);
    } catch (RuntimeException e) {
      throw InputException.file(shown, "cannot be opened as a GeoPackage: " + rootMessage(e));
    }
    try {
      requireGeoPackageTables(geoPackage, shown);
    } catch (RuntimeException e) {
      geoPackage.close();
      throw e;
    }
    return geoPackage;
  }

  private static void requireSqlite(Path file, String shown) {
    byte[] head = new byte[SQLITE_MAGIC.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
    if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
      throw InputException.file(shown, "is not a GeoPackage: it is not an SQLite database");
    }
  }

  private static void requireGeoPackageTables(GeoPackage geoPackage, String shown) {
    List<String> missing = new ArrayList<>();
    for (String table : List.of("gpkg_spatial_ref_sys", "gpkg_contents")) {
      boolean present;
      try {
        present = geoPackage.isTable(table);
      } catch (RuntimeException e) {
        throw InputException.file(shown, "cannot be read as an SQLite database: " + rootMessage(e));
      }
      if (!present) {
        missing.add(table);
      }
    }
    if (!missing.isEmpty()) {
      throw InputException.file(shown, "is an SQLite database but not a GeoPackage: it has no "
          + String.join(" or ", missing) + " table");
    }
  }

  /** Survey layer name → table name, in the order of docs/SURVEY-FORMAT.md; tables named as the mapping says. */
  private static Map<String, String> layerTables(GeoPackage geoPackage, String shown, String layerFromName,
      FieldMapping mapping) {
    List<String> candidates = new ArrayList<>();
    try {
      candidates.addAll(geoPackage.getFeatureTables());
      candidates.addAll(geoPackage.getAttributesTables());
    } catch (RuntimeException e) {
      throw InputException.file(shown, "cannot list its tables: " + rootMessage(e));
    }
    Map<LayerName, String> found = new java.util.EnumMap<>(LayerName.class);
    for (String table : candidates) {
      Optional<LayerName> layer = mapping.layer(table).flatMap(LayerName::parse);
      if (layer.isPresent()) {
        String previous = found.putIfAbsent(layer.get(), table);
        if (previous != null && !previous.equals(table)) {
          throw InputException.file(shown, "holds two tables for layer '" + layer.get().id() + "': '"
              + previous + "' and '" + table + "'; keep one");
        }
      }
    }
    if (found.isEmpty() && layerFromName != null && candidates.size() == 1) {
      found.put(LayerName.parse(layerFromName).orElseThrow(), candidates.get(0));
    }
    Map<String, String> tables = new LinkedHashMap<>();
    found.forEach((layer, table) -> tables.put(layer.id(), table));
    return tables;
  }

  private RawLayer readLayer(GeoPackage geoPackage, String shown, String layer, String table, ImportOptions options) {
    Table t = table(geoPackage, shown, layer, table, options);
    List<RawFeature> features = new ArrayList<>();
    try (Statement statement = t.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(table) + " ORDER BY " + t.order())) {
      int number = 0;
      while (rows.next()) {
        features.add(feature(t, rows, ++number));
      }
    } catch (SQLException e) {
      throw new InputException(shown, layer, null, null, "cannot read table '" + table + "': " + e.getMessage());
    }
    RawLayer read = t.header(features);
    if (linearised.isEmpty()) {
      return read;
    }
    RawLayer withWarnings = new RawLayer(read.name(), read.file(), read.crs(), read.fields(), read.features(), linearised);
    linearised.clear();
    return withWarnings;
  }

  /**
   * A table's layout: its columns, key, geometry column and CRS, and what its layer looks like
   * without records.
   */
  private record Table(String shown, String layer, String name, Connection connection, List<Column> columns,
      String key, String geometryColumn, Crs crs, Set<String> fields) {
    /** The records' order: by key, else as stored. */
    String order() {
      return key == null ? "rowid" : quote(key);
    }

    RawLayer header(List<RawFeature> features) {
      return new RawLayer(layer, shown, crs, fields, features, List.of());
    }
  }

  private Table table(GeoPackage geoPackage, String shown, String layer, String table, ImportOptions options) {
    GeometryColumns geometryColumns;
    try {
      geometryColumns = geoPackage.isFeatureTable(table)
          ? geoPackage.getGeometryColumnsDao().queryForTableName(table) : null;
    } catch (SQLException | RuntimeException e) {
      throw new InputException(shown, layer, null, null, "cannot read its geometry column: " + rootMessage(e));
    }
    String geometryColumn = geometryColumns == null ? null : geometryColumns.getColumnName();
    Crs crs = geometryColumns == null ? null : crs(geoPackage, shown, layer, geometryColumns.getSrsId(), options);

    Connection connection = geoPackage.getConnection().getConnection();
    List<Column> columns = columns(connection, shown, layer, table, geometryColumn);
    String key = columns.stream().filter(Column::primaryKey).map(Column::name).findFirst().orElse(null);
    Set<String> fields = new LinkedHashSet<>();
    for (Column c : columns) {
      if (!c.primaryKey() && !c.name().equalsIgnoreCase(String.valueOf(geometryColumn)) && c.kind() != Kind.BLOB) {
        fields.add(c.name().strip().toLowerCase(Locale.ROOT));
      }
    }
    return new Table(shown, layer, table, connection, columns, key, geometryColumn, crs, fields);
  }

  /** The record at the result's cursor, the {@code number}th of its layer. */
  private RawFeature feature(Table t, ResultSet rows, int number) throws SQLException {
    long fid = t.key() == null ? number : rows.getLong(t.key());
    Map<String, Object> attributes = new LinkedHashMap<>();
    Object stored = null;
    for (Column c : t.columns()) {
      Object value = rows.getObject(c.name());
      if (c.name().equalsIgnoreCase(String.valueOf(t.geometryColumn()))) {
        stored = value;
      } else if (!c.primaryKey() && c.kind() != Kind.BLOB) {
        attributes.put(c.name().strip().toLowerCase(Locale.ROOT), value(t.shown(), t.layer(), fid, c, value));
      }
    }
    Geometry geometry = null;
    if (stored instanceof byte[] blob) {
      geometry = geometry(blob, t.shown(), t.layer(), record(attributes, fid), t.crs(), number);
    } else if (stored != null) {
      throw new InputException(t.shown(), t.layer(), record(attributes, fid), "geometry",
          "holds " + (stored instanceof String ? "text" : "a number") + ", not a GeoPackage geometry blob");
    }
    return new RawFeature(number, attributes, geometry);
  }

  /** How a column's declared type says its values are to be read. */
  private enum Kind {
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

  private record Column(String name, Kind kind, boolean primaryKey) {}

  private static List<Column> columns(Connection connection, String shown, String layer, String table, String geometryColumn) {
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
  private static Object value(String shown, String layer, long fid, Column column, Object value) {
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

  private static String record(Map<String, Object> attributes, long fid) {
    for (String idField : ID_FIELDS) {
      Object id = attributes.get(idField);
      if (id != null && !id.toString().isBlank()) {
        return id.toString().strip() + " (fid " + fid + ")";
      }
    }
    return "fid " + fid;
  }

  /**
   * A geometry blob as JTS geometry in the layer's CRS, or null when the blob says it is empty.
   * Curves (CircularString, CompoundCurve, CurvePolygon, MultiCurve, MultiSurface) are read as
   * straight segments within {@link #CURVE_TOLERANCE_METRES} of the curve, with a warning.
   */
  private Geometry geometry(byte[] blob, String shown, String layer, String record, Crs crs, int number) {
    int start = standardWkbStart(blob);
    if (start > 0 && CurvedWkbReader.isCurved(CurvedWkbReader.baseType(blob, start))) {
      // 1 cm, in degrees where the layer's coordinates are (a degree of latitude is over 110 km)
      double tolerance = crs != null && crs.isGeographic() ? CURVE_TOLERANCE_METRES / 111_000 : CURVE_TOLERANCE_METRES;
      String type = CURVE_TYPES.get(CurvedWkbReader.baseType(blob, start) - CurvedWkbReader.CIRCULAR_STRING);
      Geometry curve;
      try {
        curve = new CurvedWkbReader(factory, tolerance).read(blob, start);
      } catch (IllegalArgumentException e) {
        throw new InputException(shown, layer, record, "geometry", "the " + type + "'s WKB cannot be read: " + e.getMessage());
      }
      linearised.add(Finding.of(FindingCode.DATA_CURVE_LINEARISED)
          .source(new SourceRef(shown, layer, number, record))
          .figure("type", type).figure("tolerance_m", CURVE_TOLERANCE_METRES).build());
      return curve;
    }
    return geometry(blob, shown, layer, record);
  }

  /**
   * Where the WKB of a standard GeoPackage blob starts (after the magic, version, flags, srs_id and
   * envelope), or -1 for an empty or extended geometry, or a blob too short to say.
   */
  private static int standardWkbStart(byte[] blob) {
    if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P' || (blob[3] & 0x30) != 0) {
      return -1;
    }
    int envelope = switch ((blob[3] >> 1) & 0x07) {
      case 0 -> 0;
      case 1 -> 32;
      case 2, 3 -> 48;
      case 4 -> 64;
      default -> -1;
    };
    return envelope < 0 || blob.length < 8 + envelope + 5 ? -1 : 8 + envelope;
  }

  /** A geometry blob as JTS geometry in the layer's CRS, or null when the blob says it is empty. */
  private Geometry geometry(byte[] blob, String shown, String layer, String record) {
    GeoPackageGeometryData data;
    try {
      data = new GeoPackageGeometryData(blob);
    } catch (RuntimeException e) {
      throw new InputException(shown, layer, record, "geometry", "the geometry blob cannot be read: " + rootMessage(e));
    }
    if (data.isEmpty()) {
      return null;
    }
    if (data.isExtended()) {
      throw new InputException(shown, layer, record, "geometry",
          "an extended GeoPackage geometry (curves and the like) is not a survey geometry");
    }
    Geometry geometry;
    try {
      geometry = new WKBReader(factory).read(Arrays.copyOfRange(blob, data.getWkbGeometryIndex(), blob.length));
    } catch (ParseException | RuntimeException e) {
      throw new InputException(shown, layer, record, "geometry", "the geometry's WKB cannot be read: " + rootMessage(e));
    }
    requireFinite(geometry, shown, layer, record);
    return geometry;
  }

  /** JTS reads a WKB point whose coordinates are NaN as an empty point; both are refused. */
  private static void requireFinite(Geometry geometry, String shown, String layer, String record) {
    requireNoEmptyPoint(geometry, shown, layer, record);
    geometry.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        if (!Double.isFinite(seq.getX(i)) || !Double.isFinite(seq.getY(i))) {
          throw new InputException(shown, layer, record, "geometry",
              "coordinate " + seq.getX(i) + ", " + seq.getY(i) + " is not a finite number");
        }
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return false;
      }
    });
  }

  private static void requireNoEmptyPoint(Geometry geometry, String shown, String layer, String record) {
    if (geometry instanceof Point p && p.isEmpty()) {
      throw new InputException(shown, layer, record, "geometry",
          "a point's coordinates are not numbers (NaN), though the blob's header does not say it is empty");
    }
    if (geometry instanceof GeometryCollection) {
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        requireNoEmptyPoint(geometry.getGeometryN(i), shown, layer, record);
      }
    }
  }

  /**
   * The CRS of a layer's srs_id: its EPSG code where the organisation is EPSG, else its WKT
   * definition; "undefined" srs_ids take {@code --crs}, and "undefined geographic" is else WGS 84.
   */
  private static Crs crs(GeoPackage geoPackage, String shown, String layer, long srsId, ImportOptions options) {
    SpatialReferenceSystem srs;
    try {
      srs = geoPackage.getSpatialReferenceSystemDao().queryForId(srsId);
    } catch (SQLException | RuntimeException e) {
      throw new InputException(shown, layer, null, null, "cannot read srs_id " + srsId + ": " + rootMessage(e));
    }
    if (srs == null) {
      throw new InputException(shown, layer, null, null,
          "its srs_id " + srsId + " is not in gpkg_spatial_ref_sys");
    }
    if (srsId == UNDEFINED_CARTESIAN) {
      return options.crs();
    }
    if (srsId == UNDEFINED_GEOGRAPHIC) {
      return options.crs() != null ? options.crs() : Crs.wgs84();
    }
    String organization = srs.getOrganization() == null ? "" : srs.getOrganization().strip();
    if (organization.equalsIgnoreCase("EPSG")) {
      try {
        return Crs.parse("EPSG:" + srs.getOrganizationCoordsysId());
      } catch (IllegalArgumentException e) {
        // an EPSG code proj4j does not know: the definition may still serve
      }
    }
    String definition = srs.getDefinition() == null ? "" : srs.getDefinition().strip();
    if (definition.isEmpty() || definition.equalsIgnoreCase("undefined")) {
      throw new InputException(shown, layer, null, null, "its CRS (srs_id " + srsId + ", " + organization + " "
          + srs.getOrganizationCoordsysId() + ") is neither an EPSG code this version knows nor defined by WKT");
    }
    try {
      return fromWkt(definition);
    } catch (IOException | RuntimeException e) {
      throw new InputException(shown, layer, null, null, "its CRS (srs_id " + srsId + ") has a WKT definition"
          + " this version cannot read (" + rootMessage(e) + "); give the data an EPSG code");
    }
  }

  /** A CRS from OGC WKT: by its EPSG identifier where it has one, else by its PROJ parameters. */
  private static Crs fromWkt(String wkt) throws IOException {
    CRS crs = CRSReader.read(wkt);
    if (crs == null) {
      throw new IllegalArgumentException("not a coordinate reference system");
    }
    if (crs.hasIdentifiers()) {
      for (Identifier id : crs.getIdentifiers()) {
        if ("EPSG".equalsIgnoreCase(id.getName()) && id.getUniqueIdentifier() != null) {
          try {
            return Crs.parse("EPSG:" + id.getUniqueIdentifier().strip());
          } catch (IllegalArgumentException e) {
            break;
          }
        }
      }
    }
    String params = ProjParser.paramsText(crs);
    if (params == null || params.isBlank()) {
      throw new IllegalArgumentException("no PROJ parameters follow from it");
    }
    return Crs.parse(params.strip());
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    String message = e.getMessage();
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
