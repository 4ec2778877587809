package org.camsurvey.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryEnvelope;
import mil.nga.sf.GeometryType;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.LayerSchema;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes layers to a GeoPackage 1.2 in WGS 84 (srs_id 4326): a feature table per layer with
 * geometry, typed POINT, POLYGON, MULTIPOLYGON (where a layer has any, its single polygons are
 * promoted) or GEOMETRY for mixed layers, with each blob's envelope and an R-tree spatial index;
 * an attribute table per layer without. Features are numbered (fid) from 1 in order.
 *
 * <p>The package is built in a temporary folder beside the target and moved into place only when
 * complete: on any failure nothing is left behind. Every coordinate is checked to be a finite
 * longitude and latitude first, since NGA's library would write a NaN point and read it back as
 * no geometry at all.
 */
public final class GeoPackageWriter {
  /** EPSG:4326, which every GeoPackage defines (Req 11). */
  private static final int WGS84 = 4326;
  /** GeoPackage 1.2.0, as {@code PRAGMA user_version} spells it. */
  private static final int USER_VERSION = 10200;
  private static final String FID = "fid";
  private static final String GEOMETRY = "geom";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  private GeoPackageWriter() {}

  /**
   * Writes the layers, replacing the target if it exists (whether it may is the caller's call).
   *
   * @param target the GeoPackage to write; its folder must exist
   * @param layers the layers in order, geometry in WGS 84 longitude and latitude
   * @throws IllegalArgumentException when a layer cannot be written (a non-finite coordinate, a
   *     geometry its layer does not take); nothing is written then
   * @throws IOException when the file cannot be written; nothing is left behind
   */
  public static void write(Path target, List<OutputLayer> layers) throws IOException {
    for (OutputLayer layer : layers) {
      check(layer);
    }
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException(target + ": its folder does not exist");
    }
    // a folder, not a file: SQLite's journal is made beside the database, and goes with it
    Path temporaryFolder = Files.createTempDirectory(folder, "." + absolute.getFileName() + ".");
    try {
      Path temporary = temporaryFolder.resolve("survey.gpkg");
      writePackage(temporary, layers);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      try {
        deleteRecursively(temporaryFolder);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    deleteRecursively(temporaryFolder);
  }

  private static void writePackage(Path file, List<OutputLayer> layers) throws IOException {
    try {
      GeoPackageManager.create(file.toFile());
      GeoPackage geoPackage = GeoPackageManager.open(file.toFile());
      try {
        // NGA stamps GeoPackage 1.4, which GDAL before 3.7 (and so many a QGIS) warns of; what is
        // written here is GeoPackage 1.2, as GDAL writes it
        try (Statement pragma = geoPackage.getConnection().getConnection().createStatement()) {
          pragma.execute("PRAGMA user_version = " + USER_VERSION);
        }
        for (OutputLayer layer : layers) {
          if (layer.geometry() == LayerSchema.GeometryKind.NONE) {
            writeAttributes(geoPackage, layer);
          } else {
            writeFeatures(geoPackage, layer);
          }
        }
        LayerStyles.write(geoPackage.getConnection().getConnection(), layers.stream()
            .filter(l -> l.geometry() != LayerSchema.GeometryKind.NONE)
            .map(l -> new LayerStyles.Styled(l.name(), GEOMETRY, l.geometry())).toList(), styleTime(layers));
      } finally {
        geoPackage.close();
      }
    } catch (SQLException | RuntimeException e) {
      if (e instanceof IllegalArgumentException illegal) {
        throw illegal;
      }
      throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
    }
  }

  /**
   * When the styles were made, as the data says rather than the clock, so that the same survey
   * writes the same file: the latest date its records carry, else the day the measures took effect.
   */
  private static String styleTime(List<OutputLayer> layers) {
    java.time.LocalDate latest = java.time.LocalDate.of(2009, 12, 11);
    for (OutputLayer layer : layers) {
      for (OutputLayer.Feature f : layer.features()) {
        for (Object v : f.values().values()) {
          java.time.LocalDate d = v instanceof java.time.LocalDate date ? date
              : v instanceof java.time.LocalDateTime dateTime ? dateTime.toLocalDate() : null;
          if (d != null && d.isAfter(latest)) {
            latest = d;
          }
        }
      }
    }
    return latest + "T00:00:00.000Z";
  }

  private static void writeFeatures(GeoPackage geoPackage, OutputLayer layer) throws SQLException, IOException {
    GeometryColumns geometryColumns = new GeometryColumns();
    geometryColumns.setId(new TableColumnKey(layer.name(), GEOMETRY));
    boolean multi = layer.features().stream().anyMatch(f -> f.geometry() instanceof MultiPolygon);
    geometryColumns.setGeometryType(geometryType(layer.geometry(), multi));
    geometryColumns.setZ((byte) 0);
    geometryColumns.setM((byte) 0);
    geometryColumns.setSrsId(WGS84);
    List<FeatureColumn> columns = new ArrayList<>();
    for (LayerSchema.Field field : layer.fields()) {
      columns.add(FeatureColumn.createColumn(field.name(), dataType(field.type())));
    }
    Envelope extent = new Envelope();
    for (OutputLayer.Feature f : layer.features()) {
      if (f.geometry() != null && !f.geometry().isEmpty()) {
        extent.expandToInclude(f.geometry().getEnvelopeInternal());
      }
    }
    BoundingBox bounds = extent.isNull() ? null
        : new BoundingBox(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
    geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, FID, columns, bounds));
    insert(geoPackage, layer, true);
    spatialIndex(geoPackage, layer);
  }

  /**
   * The R-tree spatial index of GeoPackage 1.2 (F.3), filled from the envelopes known here, with
   * the triggers GDAL and QGIS expect to keep it current once they edit the table. (NGA's own
   * index is 1.4's, with other triggers, and fills itself through Java SQL functions.)
   */
  private static void spatialIndex(GeoPackage geoPackage, OutputLayer layer) throws SQLException {
    geoPackage.createExtensionsTable();
    String t = layer.name();
    String rtree = quote("rtree_" + t + "_" + GEOMETRY);
    Connection connection = geoPackage.getConnection().getConnection();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE " + rtree + " USING rtree(id, minx, maxx, miny, maxy)");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + rtree + " VALUES (?, ?, ?, ?, ?)")) {
      long fid = 0;
      for (OutputLayer.Feature feature : layer.features()) {
        fid++;
        if (feature.geometry() != null && !feature.geometry().isEmpty()) {
          Envelope e = feature.geometry().getEnvelopeInternal();
          insert.setLong(1, fid);
          insert.setDouble(2, e.getMinX());
          insert.setDouble(3, e.getMaxX());
          insert.setDouble(4, e.getMinY());
          insert.setDouble(5, e.getMaxY());
          insert.addBatch();
        }
      }
      insert.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    try (Statement s = connection.createStatement()) {
      rtreeTriggers(s, t, GEOMETRY, FID);
    }
  }

  /**
   * The triggers of GeoPackage 1.2's R-tree extension (F.3) for a table whose index is filled, and
   * the extension's row: what GDAL and QGIS expect, to keep the index current once they edit.
   */
  static void rtreeTriggers(Statement s, String t, String geometry, String fid) throws SQLException {
    String rtree = quote("rtree_" + t + "_" + geometry);
    String table = quote(t);
    String g = quote(geometry);
    String id = quote(fid);
    String trigger = "CREATE TRIGGER " + quote("rtree_" + t + "_" + geometry + "_");
    String envelope = "(NEW." + id + ", ST_MinX(NEW." + g + "), ST_MaxX(NEW." + g + "), ST_MinY(NEW." + g
        + "), ST_MaxY(NEW." + g + "))";
    String present = "(NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g + "))";
    String absent = "(NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g + "))";
    s.execute(trigger.replace("_\"", "_insert\"") + " AFTER INSERT ON " + table + " WHEN " + present
        + " BEGIN INSERT OR REPLACE INTO " + rtree + " VALUES " + envelope + "; END");
    s.execute(trigger.replace("_\"", "_update1\"") + " AFTER UPDATE OF " + g + " ON " + table + " WHEN OLD." + id
        + " = NEW." + id + " AND " + present + " BEGIN INSERT OR REPLACE INTO " + rtree + " VALUES " + envelope + "; END");
    s.execute(trigger.replace("_\"", "_update2\"") + " AFTER UPDATE OF " + g + " ON " + table + " WHEN OLD." + id
        + " = NEW." + id + " AND " + absent + " BEGIN DELETE FROM " + rtree + " WHERE id = OLD." + id + "; END");
    s.execute(trigger.replace("_\"", "_update3\"") + " AFTER UPDATE ON " + table + " WHEN OLD." + id + " != NEW." + id
        + " AND " + present + " BEGIN DELETE FROM " + rtree + " WHERE id = OLD." + id + "; INSERT OR REPLACE INTO "
        + rtree + " VALUES " + envelope + "; END");
    s.execute(trigger.replace("_\"", "_update4\"") + " AFTER UPDATE ON " + table + " WHEN OLD." + id + " != NEW." + id
        + " AND " + absent + " BEGIN DELETE FROM " + rtree + " WHERE id IN (OLD." + id + ", NEW." + id + "); END");
    s.execute(trigger.replace("_\"", "_delete\"") + " AFTER DELETE ON " + table + " WHEN OLD." + g + " NOT NULL"
        + " BEGIN DELETE FROM " + rtree + " WHERE id = OLD." + id + "; END");
    s.execute("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES ('"
        + t.replace("'", "''") + "', '" + geometry + "', 'gpkg_rtree_index',"
        + " 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
  }

  private static void writeAttributes(GeoPackage geoPackage, OutputLayer layer) throws SQLException, IOException {
    List<AttributesColumn> columns = new ArrayList<>();
    for (LayerSchema.Field field : layer.fields()) {
      columns.add(AttributesColumn.createColumn(field.name(), dataType(field.type())));
    }
    geoPackage.createAttributesTable(AttributesTableMetadata.create(layer.name(), FID, columns));
    insert(geoPackage, layer, false);
  }

  private static void insert(GeoPackage geoPackage, OutputLayer layer, boolean withGeometry)
      throws SQLException, IOException {
    List<String> names = new ArrayList<>();
    names.add(FID);
    if (withGeometry) {
      names.add(GEOMETRY);
    }
    layer.fields().forEach(f -> names.add(f.name()));
    boolean promote = layer.geometry() == LayerSchema.GeometryKind.POLYGON
        && layer.features().stream().anyMatch(f -> f.geometry() instanceof MultiPolygon);
    String sql = "INSERT INTO " + quote(layer.name()) + " ("
        + String.join(", ", names.stream().map(GeoPackageWriter::quote).toList()) + ") VALUES ("
        + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
    Connection connection = geoPackage.getConnection().getConnection();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      WKBWriter wkb = new WKBWriter(2);
      long fid = 0;
      for (OutputLayer.Feature feature : layer.features()) {
        int i = 1;
        insert.setLong(i++, ++fid);
        if (withGeometry) {
          byte[] blob = blob(wkb, feature.geometry(), promote);
          if (blob == null) {
            insert.setNull(i++, Types.BLOB);
          } else {
            insert.setBytes(i++, blob);
          }
        }
        for (LayerSchema.Field field : layer.fields()) {
          bind(insert, i++, field.type(), feature.values().get(field.name()));
        }
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException | IOException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** A GeoPackage geometry blob: NGA's header with the envelope of the geometry, and JTS's WKB. */
  private static byte[] blob(WKBWriter wkb, Geometry geometry, boolean promote) throws IOException {
    if (geometry == null || geometry.isEmpty()) {
      return null;
    }
    Geometry g = promote && geometry instanceof Polygon p
        ? p.getFactory().createMultiPolygon(new Polygon[] {p}) : geometry;
    Envelope e = g.getEnvelopeInternal();
    GeoPackageGeometryData data = new GeoPackageGeometryData(WGS84);
    data.setGeometryBytes(wkb.write(g));
    data.setEnvelope(new GeometryEnvelope(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
    return data.toBytes();
  }

  /** Binds a field's value as its type is stored (dates as text, date-times in UTC, as GDAL does). */
  static void bind(PreparedStatement insert, int index, FieldType type, Object value) throws SQLException {
    if (value == null) {
      insert.setNull(index, switch (type) {
        case INTEGER, BOOLEAN -> Types.INTEGER;
        case REAL -> Types.DOUBLE;
        default -> Types.VARCHAR;
      });
      return;
    }
    switch (type) {
      case INTEGER -> {
        if (value instanceof Number n) {
          insert.setLong(index, n.longValue());
        } else {
          insert.setString(index, value.toString());
        }
      }
      case REAL -> {
        if (value instanceof Number n) {
          insert.setDouble(index, n.doubleValue());
        } else {
          insert.setString(index, value.toString());
        }
      }
      case BOOLEAN -> {
        if (value instanceof Boolean b) {
          insert.setInt(index, b ? 1 : 0);
        } else {
          insert.setString(index, value.toString());
        }
      }
      case DATE -> insert.setString(index, value instanceof LocalDate d ? d.toString() : value.toString());
      case DATE_TIME -> insert.setString(index, value instanceof LocalDateTime t
          ? t.atZone(CHINA).withZoneSameInstant(ZoneOffset.UTC).format(UTC_DATE_TIME) : value.toString());
      case TEXT -> insert.setString(index, value.toString());
    }
  }

  /** A polygon layer is POLYGON where every feature is one polygon, else MULTIPOLYGON, as GDAL makes them. */
  private static GeometryType geometryType(LayerSchema.GeometryKind kind, boolean multi) {
    return switch (kind) {
      case POINT -> GeometryType.POINT;
      case POLYGON -> multi ? GeometryType.MULTIPOLYGON : GeometryType.POLYGON;
      case LINE_OR_POLYGON, ANY -> GeometryType.GEOMETRY;
      case NONE -> throw new IllegalArgumentException("a layer without geometry has no geometry type");
    };
  }

  private static GeoPackageDataType dataType(FieldType type) {
    return switch (type) {
      case TEXT -> GeoPackageDataType.TEXT;
      case REAL -> GeoPackageDataType.REAL;
      case INTEGER -> GeoPackageDataType.INTEGER;
      case BOOLEAN -> GeoPackageDataType.BOOLEAN;
      case DATE -> GeoPackageDataType.DATE;
      case DATE_TIME -> GeoPackageDataType.DATETIME;
    };
  }

  /** Refuses what would be written wrongly: coordinates that are not finite lon/lat, a geometry the layer's type does not take. */
  private static void check(OutputLayer layer) {
    int number = 0;
    for (OutputLayer.Feature feature : layer.features()) {
      number++;
      Geometry g = feature.geometry();
      if (g == null || g.isEmpty()) {
        continue;
      }
      String where = "layer '" + layer.name() + "', feature " + number + ": ";
      boolean fits = switch (layer.geometry()) {
        case POINT -> g instanceof Point;
        case POLYGON -> g instanceof Polygon || g instanceof MultiPolygon;
        case LINE_OR_POLYGON, ANY -> true;
        case NONE -> false;
      };
      if (!fits) {
        throw new IllegalArgumentException(where + "a " + g.getGeometryType() + " does not belong in a "
            + layer.geometry().name().toLowerCase(Locale.ROOT) + " layer");
      }
      g.apply(new CoordinateSequenceFilter() {
        @Override
        public void filter(CoordinateSequence seq, int i) {
          double lon = seq.getX(i);
          double lat = seq.getY(i);
          if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException(where + "coordinate " + lon + ", " + lat
                + " is not a finite longitude and latitude");
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
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
