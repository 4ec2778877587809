package org.camsurvey.write;

import static org.camsurvey.write.GeoPackageWriter.bind;
import static org.camsurvey.write.GeoPackageWriter.deleteRecursively;
import static org.camsurvey.write.GeoPackageWriter.quote;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.LayerSchema;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes survey layers to a GeoPackage 1.2 feature by feature, for surveys too large to hold in
 * memory (a whole city's export): memory does not grow with the number of features.
 *
 * <p>Unlike {@link GeoPackageWriter}, which lays out a survey already read, this one writes in a
 * projected CRS given by the caller (municipal exports come in Gauss-Krüger, not WGS 84), takes
 * each layer's geometry type up front (POINT, POLYGON, or GEOMETRY for lines and polygons), and
 * fills the R-tree index as it goes. Rows are batched into one transaction, and an index on
 * {@code site_id} lets a reader take a layer site by site. The file holds no clock time, so the
 * same features give the same bytes.
 *
 * <p>The package is built beside the target and moved into place whole by {@link #commit}.
 */
public final class StreamingGeoPackageWriter implements Closeable {
  /** A CRS as GeoPackage records it in {@code gpkg_spatial_ref_sys}. */
  public record SpatialReference(int srsId, String name, String organization, int organizationCode, String wkt) {}

  /** Writes the features into the package it is given. */
  @FunctionalInterface
  public interface Body {
    void writeTo(StreamingGeoPackageWriter writer) throws IOException;
  }

  /** 'GPKG' as {@code PRAGMA application_id} (GeoPackage 1.2, Req 2). */
  private static final int APPLICATION_ID = 0x47504B47;
  private static final int USER_VERSION = 10200;
  private static final String FID = "fid";
  private static final String GEOMETRY = "geom";
  private static final int BATCH = 4096;
  /**
   * {@code last_change} of every table: the file records no clock time so that a generated city
   * is the same bytes on every run; the day the measures took effect serves.
   */
  private static final String LAST_CHANGE = "2009-12-11T00:00:00.000Z";
  private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
      + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
      + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],"
      + "AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

  private final Connection connection;
  private final SpatialReference srs;
  private final List<LayerSchema> layers;
  private final Map<LayerName, Table> tables = new EnumMap<>(LayerName.class);
  private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
  private final Path target;
  private final Path temporaryFolder;
  private boolean committed;

  /** One layer's table, its prepared inserts and what has been written to it. */
  private static final class Table {
    final LayerSchema schema;
    final PreparedStatement insert;
    final PreparedStatement rtree;
    final Envelope extent = new Envelope();
    long fid;
    int pending;

    Table(LayerSchema schema, PreparedStatement insert, PreparedStatement rtree) {
      this.schema = schema;
      this.insert = insert;
      this.rtree = rtree;
    }
  }

  private StreamingGeoPackageWriter(Connection connection, SpatialReference srs, List<LayerSchema> layers, Path target,
      Path temporaryFolder) {
    this.connection = connection;
    this.srs = srs;
    this.layers = List.copyOf(layers);
    this.target = target;
    this.temporaryFolder = temporaryFolder;
  }

  /**
   * Writes a GeoPackage whole, or leaves nothing: the body adds the features, then the package is
   * {@linkplain #commit committed}.
   *
   * @param target the GeoPackage to write; its folder must exist
   * @param srs the CRS every layer's geometry is in
   * @param layers the layers, each with geometry (a layer without gets an attribute table)
   */
  public static void write(Path target, SpatialReference srs, List<LayerSchema> layers, Body body) throws IOException {
    try (StreamingGeoPackageWriter writer = open(target, srs, layers)) {
      body.writeTo(writer);
      writer.commit();
    }
  }

  /**
   * Starts a GeoPackage beside the target: nothing appears at the target until {@link #commit},
   * and {@link #close} without it leaves nothing behind. Several may be open at once.
   *
   * @param target the GeoPackage to write; its folder must exist
   * @param srs the CRS every layer's geometry is in
   * @param layers the layers, each with geometry (a layer without gets an attribute table)
   */
  public static StreamingGeoPackageWriter open(Path target, SpatialReference srs, List<LayerSchema> layers)
      throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException(target + ": its folder does not exist");
    }
    // a folder, not a file: SQLite's journal is made beside the database, and goes with it
    Path temporaryFolder = Files.createTempDirectory(folder, "." + absolute.getFileName() + ".");
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + temporaryFolder.resolve("survey.gpkg"));
      StreamingGeoPackageWriter writer = new StreamingGeoPackageWriter(connection, srs, layers, absolute, temporaryFolder);
      writer.createTables();
      return writer;
    } catch (SQLException | RuntimeException e) {
      try {
        if (connection != null) {
          connection.close();
        }
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      deleteRecursively(temporaryFolder);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
    }
  }

  private void createTables() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA application_id = " + APPLICATION_ID);
      s.execute("PRAGMA user_version = " + USER_VERSION);
      // a file built beside its target and thrown away on failure needs no journal
      s.execute("PRAGMA journal_mode = OFF");
      s.execute("PRAGMA synchronous = OFF");
      s.execute("PRAGMA cache_size = -8192");
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
          + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
          + " description TEXT)");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
          + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
          + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
          + " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
          + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
          + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
          + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
          + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
          + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
      s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,"
          + " definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name,"
          + " extension_name))");
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gpkg_spatial_ref_sys"
        + " (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)")) {
      addSrs(insert, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
      addSrs(insert, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
      addSrs(insert, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
      if (srs.srsId() != 4326) {
        addSrs(insert, srs.name(), srs.srsId(), srs.organization(), srs.organizationCode(), srs.wkt(), null);
      }
      insert.executeBatch();
    }
    connection.setAutoCommit(false);
    for (LayerSchema layer : layers) {
      createTable(layer);
    }
    LayerStyles.write(connection, layers.stream().filter(l -> l.geometry() != LayerSchema.GeometryKind.NONE)
        .map(l -> new LayerStyles.Styled(l.layer().id(), GEOMETRY, l.geometry())).toList(), LAST_CHANGE);
  }

  private static void addSrs(PreparedStatement insert, String name, int id, String organization, int code,
      String definition, String description) throws SQLException {
    insert.setString(1, name);
    insert.setInt(2, id);
    insert.setString(3, organization);
    insert.setInt(4, code);
    insert.setString(5, definition);
    insert.setString(6, description);
    insert.addBatch();
  }

  private void createTable(LayerSchema layer) throws SQLException {
    String name = layer.layer().id();
    boolean spatial = layer.geometry() != LayerSchema.GeometryKind.NONE;
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + quote(name) + " (" + quote(FID)
        + " INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
    StringBuilder columns = new StringBuilder(quote(FID));
    StringBuilder values = new StringBuilder("?");
    if (spatial) {
      ddl.append(", ").append(quote(GEOMETRY)).append(' ').append(geometryTypeName(layer.geometry()));
      columns.append(", ").append(quote(GEOMETRY));
      values.append(", ?");
    }
    for (LayerSchema.Field field : layer.fields()) {
      ddl.append(", ").append(quote(field.name())).append(' ').append(sqlType(field.type()));
      columns.append(", ").append(quote(field.name()));
      values.append(", ?");
    }
    ddl.append(')');
    PreparedStatement rtree = null;
    try (Statement s = connection.createStatement()) {
      s.execute(ddl.toString());
      String contents = "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)"
          + " VALUES (" + literal(name) + ", " + (spatial ? "'features'" : "'attributes'") + ", " + literal(name)
          + ", '', '" + LAST_CHANGE + "', " + (spatial ? srs.srsId() : "NULL") + ")";
      s.execute(contents);
      if (spatial) {
        s.execute("INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)"
            + " VALUES (" + literal(name) + ", '" + GEOMETRY + "', '" + geometryTypeName(layer.geometry()) + "', "
            + srs.srsId() + ", 0, 0)");
        s.execute("CREATE VIRTUAL TABLE " + quote(rtreeName(name)) + " USING rtree(id, minx, maxx, miny, maxy)");
        rtree = connection.prepareStatement("INSERT INTO " + quote(rtreeName(name)) + " VALUES (?, ?, ?, ?, ?)");
      }
    }
    PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + quote(name) + " (" + columns + ") VALUES (" + values + ")");
    tables.put(layer.layer(), new Table(layer, insert, rtree));
  }

  /**
   * Adds one feature.
   *
   * @param layer one of the layers the package was opened with
   * @param geometry in the package's CRS; a point for POINT layers, a polygon for POLYGON ones
   *     (multipolygons are not taken: the type is fixed before the features are seen), a line or
   *     polygon for the others; null for none
   * @param values the layer's fields in {@link LayerSchema} order; null for an empty field
   * @throws IllegalArgumentException for a geometry the layer does not take, a coordinate that is
   *     not finite, or the wrong number of values
   */
  public void add(LayerName layer, Geometry geometry, Object... values) throws IOException {
    Table table = tables.get(layer);
    if (table == null) {
      throw new IllegalArgumentException("layer '" + layer.id() + "' is not in this GeoPackage");
    }
    List<LayerSchema.Field> fields = table.schema.fields();
    if (values.length != fields.size()) {
      throw new IllegalArgumentException("layer '" + layer.id() + "' has " + fields.size() + " fields, not "
          + values.length);
    }
    try {
      PreparedStatement insert = table.insert;
      long fid = ++table.fid;
      int i = 1;
      insert.setLong(i++, fid);
      if (table.rtree != null) {
        if (geometry == null || geometry.isEmpty()) {
          insert.setNull(i++, Types.BLOB);
        } else {
          check(layer, table.schema.geometry(), geometry, fid);
          Envelope e = geometry.getEnvelopeInternal();
          insert.setBytes(i++, blob(geometry, e));
          table.extent.expandToInclude(e);
          table.rtree.setLong(1, fid);
          table.rtree.setDouble(2, e.getMinX());
          table.rtree.setDouble(3, e.getMaxX());
          table.rtree.setDouble(4, e.getMinY());
          table.rtree.setDouble(5, e.getMaxY());
          table.rtree.addBatch();
        }
      }
      for (int f = 0; f < fields.size(); f++) {
        bind(insert, i++, fields.get(f).type(), values[f]);
      }
      insert.addBatch();
      if (++table.pending == BATCH) {
        flush(table);
      }
    } catch (SQLException e) {
      throw new IOException("cannot write layer '" + layer.id() + "': " + e.getMessage(), e);
    }
  }

  private static void flush(Table table) throws SQLException {
    table.insert.executeBatch();
    if (table.rtree != null) {
      table.rtree.executeBatch();
    }
    table.pending = 0;
  }

  /**
   * Ends the writing and moves the package onto the target (replacing it; whether it may is the
   * caller's call): the last rows, each layer's extent, the indexes on {@code site_id}, and the
   * R-trees' triggers, which GDAL and QGIS expect to keep the index current once they edit.
   */
  public void commit() throws IOException {
    try {
      for (Table table : tables.values()) {
        flush(table);
      }
      try (Statement s = connection.createStatement()) {
        for (Table table : tables.values()) {
          String name = table.schema.layer().id();
          if (table.rtree != null) {
            if (!table.extent.isNull()) {
              Envelope e = table.extent;
              s.execute("UPDATE gpkg_contents SET min_x = " + e.getMinX() + ", min_y = " + e.getMinY()
                  + ", max_x = " + e.getMaxX() + ", max_y = " + e.getMaxY() + " WHERE table_name = " + literal(name));
            }
            GeoPackageWriter.rtreeTriggers(s, name, GEOMETRY, FID);
          }
          if (table.schema.field("site_id").isPresent()) {
            s.execute("CREATE INDEX " + quote(name + "_site_id") + " ON " + quote(name) + " (site_id)");
          }
        }
      }
      connection.commit();
      closeConnection();
    } catch (SQLException e) {
      throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
    }
    Path written = temporaryFolder.resolve("survey.gpkg");
    try {
      Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
    deleteRecursively(temporaryFolder);
  }

  /** Closes the package; one not {@linkplain #commit committed} is deleted. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      closeConnection();
    } catch (SQLException e) {
      throw new IOException("cannot close the GeoPackage: " + e.getMessage(), e);
    } finally {
      deleteRecursively(temporaryFolder);
    }
  }

  private void closeConnection() throws SQLException {
    if (connection.isClosed()) {
      return;
    }
    for (Table table : tables.values()) {
      table.insert.close();
      if (table.rtree != null) {
        table.rtree.close();
      }
    }
    connection.close();
  }

  /**
   * A GeoPackage geometry blob: the "GP" header, little-endian, srs_id and, except for points
   * (whose envelope is the point, as GDAL writes them), the XY envelope; then the WKB.
   */
  private byte[] blob(Geometry geometry, Envelope e) {
    byte[] body = wkb.write(geometry);
    boolean point = geometry instanceof Point;
    ByteBuffer out = ByteBuffer.allocate(8 + (point ? 0 : 32) + body.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) 'G').put((byte) 'P').put((byte) 0);
    // flags: little-endian (bit 0), envelope [minx, maxx, miny, maxy] (bits 1-3 = 1) unless a point
    out.put((byte) (point ? 0x01 : 0x03));
    out.putInt(srs.srsId());
    if (!point) {
      out.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    out.put(body);
    return out.array();
  }

  private static void check(LayerName layer, LayerSchema.GeometryKind kind, Geometry g, long fid) {
    String where = "layer '" + layer.id() + "', feature " + fid + ": ";
    boolean fits = switch (kind) {
      case POINT -> g instanceof Point;
      case POLYGON -> g instanceof Polygon;
      case LINE_OR_POLYGON, ANY -> !(g instanceof Point) || kind == LayerSchema.GeometryKind.ANY;
      case NONE -> false;
    };
    if (!fits) {
      throw new IllegalArgumentException(where + "a " + g.getGeometryType() + " does not belong in a "
          + geometryTypeName(kind) + " layer" + (g instanceof MultiPolygon ? " (write its polygons apart)" : ""));
    }
    for (var c : g.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        throw new IllegalArgumentException(where + "coordinate " + c.x + ", " + c.y + " is not finite");
      }
    }
  }

  private static String geometryTypeName(LayerSchema.GeometryKind kind) {
    return switch (kind) {
      case POINT -> "POINT";
      case POLYGON -> "POLYGON";
      case LINE_OR_POLYGON, ANY -> "GEOMETRY";
      case NONE -> throw new IllegalArgumentException("a layer without geometry has no geometry type");
    };
  }

  private static String sqlType(FieldType type) {
    return switch (type) {
      case TEXT -> "TEXT";
      case REAL -> "REAL";
      case INTEGER -> "INTEGER";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case DATE_TIME -> "DATETIME";
    };
  }

  private static String rtreeName(String table) {
    return "rtree_" + table + "_" + GEOMETRY;
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
