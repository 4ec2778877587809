package org.camsurvey.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camsurvey.read.SurveyAssertions.assertSameSurvey;
import static org.camsurvey.read.SurveyAssertions.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryEnvelope;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.read.LayerSchema.Field;
import org.camsurvey.read.LayerSchema.GeometryKind;
import org.camsurvey.model.Survey;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.GeoPackageReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.RawLayer;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;

/** Writing GeoPackages: the survey round trip, types, envelopes, and nothing left on failure. */
public class GeoPackageWriterTest {
  private static final Survey SAMPLE = SurveyReader.read(SampleSurveys.jiefangbeiMap(), ImportOptions.defaults());

  @Test
  void theSampleReadsBackAsTheSameSurvey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.gpkg");

    GeoPackageWriter.write(file, SurveyLayers.of(SAMPLE));
    Survey read = SurveyReader.read(file, ImportOptions.defaults());

    assertSameSurvey(read, SAMPLE, 1e-12);
    assertThat(findings(read)).isEqualTo(findings(SAMPLE));
    assertThat(names(dir)).containsExactly("survey.gpkg");
  }

  @Test
  void obstaclesAndTheAccessLogReadBackTheSame(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("survey"));
    Files.writeString(folder.resolve("cameras.geojson"), """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"camera_id": "C1",
         "site_id": "S1", "heading": 0, "hfov": 90, "range_m": 50, "filed": null},
         "geometry": {"type": "Point", "coordinates": [106.577, 29.557]}}]}""", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("obstacles.geojson"), """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"obst_id": "W1", "site_id": "S1", "kind": "墙"},
          "geometry": {"type": "LineString", "coordinates": [[106.5769, 29.5572], [106.5771, 29.5572]]}},
         {"type": "Feature", "properties": {"obst_id": "B1", "kind": "building"},
          "geometry": {"type": "Polygon", "coordinates": [[[106.5772, 29.5572], [106.5773, 29.5572],
            [106.5773, 29.5573], [106.5772, 29.5572]]]}}]}""", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("access_log.csv"), "site_id,when,persons,approval,purpose,footage,recorded_by\n"
        + "S1,2024-03-05 14:30,2,渝公（2024）12号,案件调查,\"C1, C2\",李四\nS1,2024/3/6,1,,,,\n", StandardCharsets.UTF_8);
    Survey survey = SurveyReader.read(folder, ImportOptions.defaults());
    Path file = dir.resolve("survey.gpkg");

    GeoPackageWriter.write(file, SurveyLayers.of(survey));
    Survey read = SurveyReader.read(file, ImportOptions.defaults());

    assertSameSurvey(read, survey, 1e-12);
    assertThat(query(file, "SELECT table_name || ' ' || geometry_type_name FROM gpkg_geometry_columns"))
        .containsExactly("sites POLYGON", "cameras POINT", "obstacles GEOMETRY");
    assertThat(query(file, "SELECT \"when\" || ' ' || persons || ' ' || footage FROM access_log ORDER BY fid"))
        .containsExactly("2024-03-05T06:30:00.000Z 2 C1,C2", null);
    assertThat(read.accessLog().get(0).when()).isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 30));
  }

  @Test
  void everyFieldTypeAsGeoPackageDeclaresIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("types.gpkg");
    List<Field> fields = List.of(field("t", FieldType.TEXT), field("r", FieldType.REAL), field("i", FieldType.INTEGER),
        field("b", FieldType.BOOLEAN), field("d", FieldType.DATE), field("dt", FieldType.DATE_TIME));
    OutputLayer withValues = new OutputLayer("cameras", GeometryKind.POINT, fields, List.of(
        feature("POINT (106.5 29.5)", "t", "南门", "r", 2.5, "i", 7, "b", true, "d", LocalDate.of(2024, 3, 5),
            "dt", LocalDateTime.of(2024, 3, 5, 14, 30)),
        feature(null, "t", null, "r", null, "i", null, "b", null, "d", null, "dt", null)));
    OutputLayer log = new OutputLayer("access_log", GeometryKind.NONE, fields, List.of(
        feature(null, "t", "x", "r", 1, "i", 2L, "b", false, "d", "2024/3/5", "dt", LocalDateTime.of(2024, 1, 1, 7, 0))));

    GeoPackageWriter.write(file, List.of(withValues, log));

    assertThat(query(file, "SELECT name || ' ' || type FROM pragma_table_info('cameras')"))
        .containsExactly("fid INTEGER", "geom POINT", "t TEXT", "r REAL", "i INTEGER", "b BOOLEAN", "d DATE", "dt DATETIME");
    assertThat(query(file, "SELECT table_name || ' ' || data_type || ' ' || ifnull(srs_id, '-') FROM gpkg_contents"))
        .containsExactly("cameras features 4326", "access_log attributes -", "layer_styles attributes -");
    assertThat(query(file, "SELECT t || ' ' || r || ' ' || i || ' ' || b || ' ' || d || ' ' || dt FROM cameras WHERE fid = 1"))
        .containsExactly("南门 2.5 7 1 2024-03-05 2024-03-05T06:30:00.000Z");
    assertThat(query(file, "SELECT count(*) FROM cameras WHERE fid = 2 AND geom IS NULL AND t IS NULL AND dt IS NULL"))
        .containsExactly("1");

    List<RawLayer> read = new GeoPackageReader().read(file, file.toString(), null, ImportOptions.defaults());
    Map<String, Object> values = read.get(0).features().get(0).attributes();
    assertThat(values).containsExactlyEntriesOf(ordered("t", "南门", "r", 2.5, "i", 7L, "b", true, "d", "2024-03-05",
        "dt", "2024-03-05 14:30:00"));
    assertThat(read.get(0).features().get(1).geometry()).isNull();
    assertThat(read.get(1).name()).isEqualTo("access_log");
    assertThat(read.get(1).crs()).isNull();
    assertThat(read.get(1).features().get(0).attributes()).containsExactlyEntriesOf(ordered("t", "x", "r", 1.0, "i", 2L,
        "b", false, "d", "2024/3/5", "dt", "2024-01-01 07:00:00"));
  }

  @Test
  void everyBlobCarriesItsEnvelope(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("zones.gpkg");

    GeoPackageWriter.write(file, SurveyLayers.of(SAMPLE));

    assertThat(query(file, "SELECT table_name || ' ' || geometry_type_name || ' ' || srs_id FROM gpkg_geometry_columns"))
        .containsExactly("sites POLYGON 4326", "cameras POINT 4326", "zones POLYGON 4326", "obstacles GEOMETRY 4326");
    int blobs = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT geom FROM zones UNION ALL SELECT geom FROM cameras")) {
      while (rows.next()) {
        byte[] blob = rows.getBytes(1);
        GeoPackageGeometryData data = new GeoPackageGeometryData(blob);
        Geometry g = new WKBReader().read(data.getWkb());
        if (data.getEnvelope() != null || !g.getGeometryType().equals("Point")) {
          GeometryEnvelope header = data.getEnvelope();
          Envelope e = g.getEnvelopeInternal();
          assertThat(new double[] {header.getMinX(), header.getMinY(), header.getMaxX(), header.getMaxY()})
              .containsExactly(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        }
        assertThat(data.getSrsId()).isEqualTo(4326);
        assertThat(g.getGeometryType()).isIn("Point", "Polygon");
        blobs++;
      }
    }
    assertThat(blobs).isEqualTo(25 + 20);
  }

  @Test
  void aPolygonLayerWithAnyMultiPolygonIsAllMultiPolygons(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("zones.gpkg");
    OutputLayer zones = new OutputLayer("zones", GeometryKind.POLYGON, List.of(), List.of(
        feature("POLYGON ((106.5 29.5, 106.6 29.5, 106.6 29.6, 106.5 29.5))"),
        feature("MULTIPOLYGON (((106.5 29.5, 106.6 29.5, 106.6 29.6, 106.5 29.5)), ((107 29, 107.1 29, 107.1 29.1, 107 29)))")));

    GeoPackageWriter.write(file, List.of(zones));

    assertThat(query(file, "SELECT geometry_type_name FROM gpkg_geometry_columns")).containsExactly("MULTIPOLYGON");
    List<RawLayer> read = new GeoPackageReader().read(file, file.toString(), null, ImportOptions.defaults());
    assertThat(read.get(0).features()).extracting(f -> f.geometry().toText()).containsExactly(
        "MULTIPOLYGON (((106.5 29.5, 106.6 29.5, 106.6 29.6, 106.5 29.5)))",
        "MULTIPOLYGON (((106.5 29.5, 106.6 29.5, 106.6 29.6, 106.5 29.5)), ((107 29, 107.1 29, 107.1 29.1, 107 29)))");
  }

  @Test
  void nonFiniteCoordinatesAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
    OutputLayer nan = new OutputLayer("cameras", GeometryKind.POINT, List.of(), List.of(feature("POINT (106.5 29.5)"),
        new OutputLayer.Feature(Map.of(), new org.locationtech.jts.geom.GeometryFactory()
            .createPoint(new org.locationtech.jts.geom.Coordinate(Double.NaN, 29.5)))));

    assertThatThrownBy(() -> GeoPackageWriter.write(dir.resolve("nan.gpkg"), List.of(nan)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer 'cameras', feature 2: coordinate NaN, 29.5 is not a finite longitude and latitude");
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aFailureLeavesNothingBehindAndTheOldFileAsItWas(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("survey.gpkg"), "keep me", StandardCharsets.UTF_8);
    OutputLayer cameras = new OutputLayer("cameras", GeometryKind.POINT, List.of(), List.of(feature("POINT (106.5 29.5)")));

    assertThatThrownBy(() -> GeoPackageWriter.write(file, List.of(cameras, cameras)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot write the GeoPackage");
    assertThatThrownBy(() -> GeoPackageWriter.write(dir.resolve("no/such/folder.gpkg"), List.of(cameras)))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("its folder does not exist");
    assertThat(names(dir)).containsExactly("survey.gpkg");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Tag("slow")
  @Test
  void gdalReadsWhatIsWritten(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Path file = dir.resolve("survey.gpkg");
    GeoPackageWriter.write(file, SurveyLayers.of(SAMPLE));

    assertThat(ogrinfoSummary(file)).contains("using driver `GPKG' successful")
        .contains("Layer name: sites\nGeometry: Polygon\nFeature Count: 7\n")
        .contains("Layer name: cameras\nGeometry: Point\nFeature Count: 25\n")
        .contains("Layer name: zones\nGeometry: Polygon\nFeature Count: 20\n")
        .contains("ID[\"EPSG\",4326]")
        .contains("signage: Integer(Boolean) (0.0)")
        .contains("installed: Date (0.0)");
  }

  /** {@code ogrinfo -ro -al -so FILE}'s summary, once GDAL has opened the file without a word on standard error. */
  static String ogrinfoSummary(Path file) throws IOException, InterruptedException {
    Process ogrinfo = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString()).start();
    String out = new String(ogrinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(ogrinfo.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ogrinfo.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(ogrinfo.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    return out;
  }

  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static Field field(String name, FieldType type) {
    return new Field(name, type, false, name, name);
  }

  private static OutputLayer.Feature feature(String wkt, Object... pairs) {
    try {
      return new OutputLayer.Feature(ordered(pairs), wkt == null ? null : new WKTReader().read(wkt));
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private static List<String> query(Path file, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        out.add(rows.getString(1));
      }
    }
    return out;
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
