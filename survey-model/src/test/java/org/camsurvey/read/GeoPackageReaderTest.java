package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.read.SurveyAssertions.assertSameSurvey;
import static org.camsurvey.read.SurveyAssertions.findings;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Survey;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** Reading GeoPackages: files GDAL wrote, and broken ones. */
class GeoPackageReaderTest {
  private static final Survey SAMPLE = SurveyReader.read(Samples.jiefangbei(), ImportOptions.defaults());

  @Test
  void gdalsGeoPackageOfTheSampleIsTheSampleSurvey() {
    Survey read = SurveyReader.read(fixture("jiefangbei.gpkg"), ImportOptions.defaults());

    assertSameSurvey(read, SAMPLE, 0);
    assertThat(findings(read)).isEqualTo(findings(SAMPLE));
  }

  @Test
  void inEpsg4545() {
    Survey read = SurveyReader.read(fixture("jiefangbei-4545.gpkg"), ImportOptions.defaults());

    assertSameSurvey(read, SAMPLE, 1e-8);
    assertThat(findings(read)).isEqualTo(findings(SAMPLE));
  }

  @Test
  void inACrsDefinedOnlyByWkt() {
    Survey read = SurveyReader.read(fixture("jiefangbei-wkt.gpkg"), ImportOptions.defaults());

    assertSameSurvey(read, SAMPLE, 1e-8);
    assertThat(findings(read)).isEqualTo(findings(SAMPLE));
  }

  @Test
  void readingLeavesTheFileAsItWas(@TempDir Path dir) throws IOException {
    Path file = copy("jiefangbei-4545.gpkg", dir, "survey.gpkg");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_500_000_000_000L));
    byte[] before = Files.readAllBytes(file);

    SurveyReader.read(file, ImportOptions.defaults());

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(1_500_000_000_000L));
    assertThat(dir.toFile().list()).containsExactly("survey.gpkg");
  }

  @Test
  void notAnSqliteFile(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("survey.gpkg");
    Files.writeString(text, "camera_id,site_id\nC1,S1\n");
    Path empty = Files.createFile(dir.resolve("empty.gpkg"));

    assertThat(refusal(text)).hasMessage(text + ": is not a GeoPackage: it is not an SQLite database");
    assertThat(refusal(empty)).hasMessage(empty + ": is not a GeoPackage: it is not an SQLite database");
  }

  @Test
  void anSqliteFileThatIsNotAGeoPackage(@TempDir Path dir) throws SQLException {
    Path file = dir.resolve("survey.gpkg");
    sql(file, "CREATE TABLE cameras (camera_id TEXT, site_id TEXT)", "INSERT INTO cameras VALUES ('C1', 'S1')");

    assertThat(refusal(file)).hasMessage(file
        + ": is an SQLite database but not a GeoPackage: it has no gpkg_spatial_ref_sys or gpkg_contents table");
  }

  @Test
  void aCorruptedGeometryHeaderNamesTheRecord(@TempDir Path dir) throws Exception {
    Path magic = copy("jiefangbei.gpkg", dir, "magic.gpkg");
    sql(magic, "UPDATE cameras SET geom = CAST(X'5850' || substr(geom, 3) AS BLOB) WHERE fid = 3");
    Path flags = copy("jiefangbei.gpkg", dir, "flags.gpkg");
    sql(flags, "UPDATE zones SET geom = CAST(substr(geom, 1, 3) || X'0F' || substr(geom, 5) AS BLOB) WHERE fid = 2");
    Path truncated = copy("jiefangbei.gpkg", dir, "truncated.gpkg");
    sql(truncated, "UPDATE sites SET geom = substr(geom, 1, 30) WHERE fid = 4");

    InputException e = refusal(magic);
    assertThat(e.file()).isEqualTo(magic.toString());
    assertThat(e.layer()).isEqualTo("cameras");
    assertThat(e.record()).isEqualTo("ST-03 (fid 3)");
    assertThat(e.field()).isEqualTo("geometry");
    assertThat(e.getMessage()).startsWith(magic + ": layer 'cameras', record ST-03 (fid 3), field 'geometry': "
        + "the geometry blob cannot be read: Unexpected GeoPackage Geometry magic number: XP");
    assertThat(refusal(flags).getMessage()).startsWith(flags + ": layer 'zones', record Z-ST-02 (fid 2), field 'geometry': "
        + "the geometry blob cannot be read: Unexpected GeoPackage Geometry flags. Envelope contents indicator");
    assertThat(refusal(truncated).getMessage()).startsWith(truncated + ": layer 'sites', record JFB-MALL (fid 4), "
        + "field 'geometry': the geometry blob cannot be read: No more remaining bytes to read");
  }

  @Test
  void nanCoordinatesAreRefusedNotReadAsNoGeometry(@TempDir Path dir) throws Exception {
    Path point = copy("jiefangbei.gpkg", dir, "point.gpkg");
    // little-endian header without envelope, srs_id 4326; WKB point (NaN, NaN)
    sql(point, "UPDATE cameras SET geom = CAST(X'47500001E6100000' || X'0101000000' || X'000000000000F87F000000000000F87F'"
        + " AS BLOB) WHERE fid = 5");
    Path polygon = copy("jiefangbei.gpkg", dir, "polygon.gpkg");
    Polygon square = (Polygon) new WKTReader().read("POLYGON ((106.577 29.557, 106.578 29.557, 106.578 29.558, 106.577 29.557))");
    square.getExteriorRing().getCoordinateSequence().setOrdinate(1, 1, Double.POSITIVE_INFINITY);
    blob(polygon, "zones", 4, header(4326, null), new WKBWriter().write(square));

    assertThat(refusal(point)).hasMessage(point + ": layer 'cameras', record ST-05 (fid 5), field 'geometry': "
        + "a point's coordinates are not numbers (NaN), though the blob's header does not say it is empty");
    assertThat(refusal(polygon)).hasMessage(polygon + ": layer 'zones', record Z-B-01 (fid 4), field 'geometry': "
        + "coordinate 106.578, Infinity is not a finite number");
  }

  @Test
  void aHeaderEnvelopeIsIgnored(@TempDir Path dir) throws Exception {
    Path file = copy("jiefangbei.gpkg", dir, "envelope.gpkg");
    Point st01 = (Point) new WKTReader().read("POINT (106.5773339 29.5592641)");
    blob(file, "cameras", 1, header(4326, new double[] {0, 1, 0, 1}), new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(st01));

    Survey read = SurveyReader.read(file, ImportOptions.defaults());

    assertSameSurvey(read, SAMPLE, 0);
  }

  @Test
  void anEmptyGeometryIsNoGeometry(@TempDir Path dir) throws Exception {
    Path file = copy("jiefangbei.gpkg", dir, "empty.gpkg");
    sql(file, "UPDATE cameras SET geom = CAST(X'47500011E6100000' || X'0101000000' || X'000000000000F87F000000000000F87F'"
        + " AS BLOB) WHERE fid = 2");

    assertThat(refusal(file)).hasMessage(file + ": layer 'cameras', record ST-02, field 'geometry': "
        + "a camera needs a point (lon/lat, x/y or wkt columns in CSV)");
  }

  @Test
  void tablesThatAreNotSurveyLayersAreIgnored(@TempDir Path dir) throws Exception {
    Path file = copy("jiefangbei.gpkg", dir, "more.gpkg");
    sql(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
        "CREATE TABLE inspections (id INTEGER PRIMARY KEY, text TEXT)",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('inspections', 'attributes', 'inspections')");

    List<RawLayer> layers = SurveyReader.readLayers(file, ImportOptions.defaults());

    assertThat(layers).extracting(RawLayer::name).containsExactly("sites", "cameras", "zones", "obstacles");
    assertThat(layers.get(1).fields()).containsExactlyInAnyOrder("camera_id", "site_id", "heading", "hfov",
        "range_m", "res_h", "height_m", "tilt", "vfov", "cam_type", "signage", "retention", "runs_24h", "installed",
        "filed", "operator");
  }

  @Test
  void aPackageNamedAfterALayerWithOneTableIsThatLayer(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cameras.gpkg");
    OutputLayer cameras = SurveyLayers.of(SAMPLE).get(1);
    GeoPackageWriter.write(file, List.of(new OutputLayer("摄像机", cameras.geometry(), cameras.fields(), cameras.features())));

    List<RawLayer> layers = SurveyReader.readLayers(file, ImportOptions.defaults());

    assertThat(layers).extracting(RawLayer::name).containsExactly("cameras");
    assertThat(layers.get(0).features()).hasSize(25);
  }

  @Test
  void valuesAsTheirColumnsDeclareThem() {
    RawLayer cameras = SurveyReader.readLayers(fixture("jiefangbei.gpkg"), ImportOptions.defaults()).get(1);

    RawFeature st01 = cameras.features().get(0);
    assertThat(st01.number()).isEqualTo(1);
    assertThat(st01.attributes().get("camera_id")).isEqualTo("ST-01");
    assertThat(st01.attributes().get("heading")).isEqualTo(39L);
    assertThat(st01.attributes().get("installed")).isEqualTo("2016-04-12");
    assertThat(st01.attributes().get("height_m")).isNull();
    assertThat(cameras.crs()).isEqualTo(Crs.wgs84());
  }

  @Test
  void anUndefinedCrsNeedsTheUsersWord(@TempDir Path dir) throws Exception {
    Path file = copy("jiefangbei.gpkg", dir, "undefined.gpkg");
    sql(file, "UPDATE gpkg_geometry_columns SET srs_id = -1 WHERE table_name = 'cameras'");

    assertThat(refusal(file)).hasMessage(file + ": layer 'cameras', record ST-01: "
        + "the coordinates' CRS is unknown: give it with --crs (e.g. --crs EPSG:4545)");
    Survey withCrs = SurveyReader.read(file, new ImportOptions(Crs.wgs84(), null));
    assertSameSurvey(withCrs, SAMPLE, 0);
  }

  @Test
  void aWktThatCannotBeReadIsSaidSo(@TempDir Path dir) throws Exception {
    Path file = copy("jiefangbei.gpkg", dir, "wkt.gpkg");
    sql(file, "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition)"
            + " VALUES ('local', 99999, 'NONE', 99999, 'LOCAL_CS[\"site grid\",UNIT[\"metre\",1]]')",
        "UPDATE gpkg_geometry_columns SET srs_id = 99999 WHERE table_name = 'zones'");

    InputException e = refusal(file);
    assertThat(e.layer()).isEqualTo("zones");
    assertThat(e.getMessage()).startsWith(file + ": layer 'zones': its CRS (srs_id 99999) has a WKT definition this"
        + " version cannot read (");
  }

  private static InputException refusal(Path file) {
    try {
      SurveyReader.read(file, ImportOptions.defaults());
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError(file + " was read");
  }

  private static Path copy(String fixture, Path dir, String name) throws IOException {
    return Files.copy(fixture(fixture), dir.resolve(name));
  }

  static void sql(Path file, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.executeUpdate(statement);
      }
    }
  }

  private static void blob(Path file, String table, int fid, byte[] header, byte[] wkb) throws SQLException {
    byte[] blob = new byte[header.length + wkb.length];
    System.arraycopy(header, 0, blob, 0, header.length);
    System.arraycopy(wkb, 0, blob, header.length, wkb.length);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement s = c.prepareStatement("UPDATE \"" + table + "\" SET geom = ? WHERE fid = ?")) {
      s.setBytes(1, blob);
      s.setInt(2, fid);
      s.executeUpdate();
    }
  }

  /** A GeoPackage geometry header, big-endian, with an xy envelope {minx, maxx, miny, maxy} or none. */
  private static byte[] header(int srsId, double[] envelope) {
    ByteBuffer b = ByteBuffer.allocate(8 + (envelope == null ? 0 : 32)).order(ByteOrder.BIG_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (envelope == null ? 0 : 0b10)).putInt(srsId);
    if (envelope != null) {
      for (double d : envelope) {
        b.putDouble(d);
      }
    }
    return b.array();
  }

  static Path fixture(String name) {
    try {
      return Path.of(GeoPackageReaderTest.class.getResource("geopackage/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
