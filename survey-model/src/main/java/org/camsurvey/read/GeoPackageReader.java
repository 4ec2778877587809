package org.camsurvey.read;

import static org.camsurvey.read.GeoPackageColumns.columns;
import static org.camsurvey.read.GeoPackageColumns.quote;
import static org.camsurvey.read.GeoPackageColumns.record;
import static org.camsurvey.read.GeoPackageColumns.value;
import static org.camsurvey.read.GeoPackageCrs.crs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mil.nga.crs.CRS;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.columns.GeometryColumns;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.read.GeoPackageColumns.Column;
import org.locationtech.jts.geom.Geometry;

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

  /** How far the straight segments a curve is read as may stray from it. */
  static final double CURVE_TOLERANCE_METRES = 0.01;
  private final GeoPackageBlobs blobs = new GeoPackageBlobs();

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
      GeoPackageTable cameras = table(geoPackage, shown, LayerName.CAMERAS.id(), cameraTable, options);
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
  private boolean scan(GeoPackageTable cameras, Column site, SiteReading reading) {
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
      Geometry g = blobs.geometry(blob, "", "", "");
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
  private void group(GeoPackageTable cameras, Column site, boolean sorted, SiteReading reading) {
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
      int[] at = cameras.positions(rows);
      while (rows.next()) {
        position++;
        RawFeature feature = feature(cameras, rows, at, sorted ? position : rows.getInt(1));
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

  private static void handOn(GeoPackageTable cameras, List<RawFeature> group, String siteId, Set<String> done,
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
    GeoPackageTable t = table(geoPackage, shown, layer, table, options);
    List<RawFeature> features = new ArrayList<>();
    try (Statement statement = t.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(table) + " ORDER BY " + t.order())) {
      int number = 0;
      int[] at = t.positions(rows);
      while (rows.next()) {
        features.add(feature(t, rows, at, ++number));
      }
    } catch (SQLException e) {
      throw new InputException(shown, layer, null, null, "cannot read table '" + table + "': " + e.getMessage());
    }
    RawLayer read = t.header(features);
    List<Finding> linearised = blobs.takeLinearised();
    if (linearised.isEmpty()) {
      return read;
    }
    return new RawLayer(read.name(), read.file(), read.crs(), read.fields(), read.features(), linearised);
  }

  private GeoPackageTable table(GeoPackage geoPackage, String shown, String layer, String table, ImportOptions options) {
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
    return GeoPackageTable.of(shown, layer, table, connection, columns(connection, shown, layer, table, geometryColumn),
        geometryColumn, crs);
  }

  /**
   * The record at the result's cursor, the {@code number}th of its layer.
   *
   * @param at where the table's columns are in the rows ({@link GeoPackageTable#positions})
   */
  private RawFeature feature(GeoPackageTable t, ResultSet rows, int[] at, int number) throws SQLException {
    long fid = t.key() == null ? number : rows.getLong(t.key());
    Object[] values = new Object[t.fieldNames().length];
    Object stored = null;
    for (int i = 0; i < at.length; i++) {
      int slot = t.slots()[i];
      if (slot == GeoPackageTable.GEOMETRY) {
        stored = rows.getObject(at[i]);
      } else if (slot != GeoPackageTable.UNREAD) {
        values[slot] = value(t.shown(), t.layer(), fid, t.columns().get(i), rows.getObject(at[i]));
      }
    }
    Map<String, Object> attributes = Attributes.over(t.fieldNames(), values);
    Geometry geometry = null;
    if (stored instanceof byte[] blob) {
      geometry = blobs.geometry(blob, t.shown(), t.layer(), record(attributes, fid), t.crs(), number);
    } else if (stored != null) {
      throw new InputException(t.shown(), t.layer(), record(attributes, fid), "geometry",
          "holds " + (stored instanceof String ? "text" : "a number") + ", not a GeoPackage geometry blob");
    }
    return new RawFeature(number, attributes, geometry);
  }

  static String rootMessage(Throwable e) {
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
