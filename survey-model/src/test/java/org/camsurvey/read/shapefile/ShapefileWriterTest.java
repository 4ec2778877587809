package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.camsurvey.write.SurveyLayers;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.write.ShapefileWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A survey written as shapefiles reads back as the same survey, with this reader and with GDAL
 * (the GDAL checks are skipped where ogrinfo is not installed; CI installs gdal-bin).
 */
class ShapefileWriterTest {
  private static Survey sample;

  @TempDir
  Path folder;

  @BeforeAll
  static void readTheSample() {
    sample = SurveyReader.read(SampleSurveys.jiefangbeiMap(), ImportOptions.defaults());
  }

  private void writeTheSample() throws IOException {
    for (OutputLayer layer : SurveyLayers.of(sample)) {
      ShapefileWriter.write(layer, folder, false);
    }
  }

  @Test
  void theSampleReadsBackAsItself() throws IOException {
    writeTheSample();

    Survey back = SurveyReader.read(folder, ImportOptions.defaults());

    SameSurvey.check(back, sample);
    assertThat(back.importWarnings()).map(Fixtures::row)
        .containsExactlyElementsOf(sample.importWarnings().stream().map(Fixtures::row).toList());
    assertThat(Checker.check(back, CheckOptions.defaults()).findings()).map(Fixtures::row).containsExactlyElementsOf(
        Checker.check(sample, CheckOptions.defaults()).findings().stream().map(Fixtures::row).toList());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
          "cameras.shp", "cameras.shx", "cameras.dbf", "cameras.prj", "cameras.cpg",
          "zones.shp", "zones.shx", "zones.dbf", "zones.prj", "zones.cpg",
          "sites.shp", "sites.shx", "sites.dbf", "sites.prj", "sites.cpg",
          "obstacles.shp", "obstacles.shx", "obstacles.dbf", "obstacles.prj", "obstacles.cpg");
    }
    assertThat(Files.readString(folder.resolve("cameras.cpg"))).isEqualTo("UTF-8");
    assertThat(PrjReader.read("cameras.prj", "cameras", Files.readString(folder.resolve("cameras.prj"))).name())
        .isEqualTo("EPSG:4326");
  }

  @Tag("slow")
  @Test
  void gdalReadsTheFeatureCountGeometryTypeAndFieldTypes() throws IOException {
    assumeTrue(hasOgrinfo(), "ogrinfo (GDAL) is not on the PATH");
    writeTheSample();

    String cameras = run("ogrinfo", "-ro", "-al", "-so", folder.resolve("cameras.shp").toString());
    assertThat(cameras).contains("Feature Count: 25", "Geometry: Point", "GEOGCRS[\"WGS 84\"",
        "camera_id: String", "heading: Real (19.8)", "res_h: Integer64 (10.0)", "signage: String (1.0)",
        "installed: Date", "operator: String");
    String zones = run("ogrinfo", "-ro", "-al", "-so", folder.resolve("zones.shp").toString());
    assertThat(zones).contains("Feature Count: 20", "Geometry: Polygon", "min_cover: Real (19.8)");
    String sites = run("ogrinfo", "-ro", "-al", "-so", folder.resolve("sites.shp").toString());
    assertThat(sites).contains("Feature Count: 7", "Geometry: Polygon");
    String obstacles = run("ogrinfo", "-ro", "-al", "-so", folder.resolve("obstacles.shp").toString());
    assertThat(obstacles).contains("Feature Count: 11", "Geometry: Line String", "obst_id: String", "kind: String");
  }

  @Test
  void whatGdalReadsFromTheShapefilesIsTheSample(@TempDir Path geojson) throws IOException {
    assumeTrue(hasOgrinfo(), "GDAL is not on the PATH");
    writeTheSample();
    for (String layer : List.of("cameras", "zones", "sites", "obstacles")) {
      run("ogr2ogr", "-f", "GeoJSON", geojson.resolve(layer + ".geojson").toString(),
          folder.resolve(layer + ".shp").toString());
    }

    SameSurvey.check(SurveyReader.read(geojson, ImportOptions.defaults()), sample);
  }

  @Test
  void outerRingsAreWrittenClockwiseAndHolesAnticlockwise() throws IOException {
    // as GeoJSON has them: outer ring anticlockwise, hole clockwise
    Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2))");
    OutputLayer layer = layer("zones", LayerSchema.GeometryKind.POLYGON, List.of(), List.of(feature(square)));

    ShapefileWriter.write(layer, folder, false);

    ByteBuffer shp = ByteBuffer.wrap(Files.readAllBytes(folder.resolve("zones.shp"))).order(ByteOrder.LITTLE_ENDIAN);
    int numParts = shp.getInt(108 + 36);
    assertThat(numParts).isEqualTo(2);
    Coordinate[] outer = new Coordinate[5];
    Coordinate[] hole = new Coordinate[5];
    for (int i = 0; i < 5; i++) {
      outer[i] = new Coordinate(shp.getDouble(108 + 52 + 16 * i), shp.getDouble(108 + 60 + 16 * i));
      hole[i] = new Coordinate(shp.getDouble(108 + 52 + 80 + 16 * i), shp.getDouble(108 + 60 + 80 + 16 * i));
    }
    assertThat(Area.ofRingSigned(outer)).as("clockwise").isPositive();
    assertThat(Area.ofRingSigned(hole)).as("anticlockwise").isNegative();
    RawLayer back = read(folder.resolve("zones.shp"));
    assertThat(back.features().get(0).geometry().norm().equalsExact(square.norm())).isTrue();
  }

  @Test
  void everyFieldTypeAndALayerWithoutGeometry() throws IOException {
    String longNote = "备注".repeat(100);
    Map<String, Object> values = new HashMap<>();
    values.put("site_id", "JFB-BANK");
    values.put("when", LocalDateTime.of(2024, 3, 5, 14, 30, 15, 500));
    values.put("persons", 2);
    values.put("approval", null);
    values.put("purpose", longNote);
    values.put("recorded_by", "王警官");
    values.put("ok", Boolean.TRUE);
    values.put("day", LocalDate.of(2024, 3, 5));
    values.put("share", 0.123456789012);
    List<LayerSchema.Field> fields = new ArrayList<>(LayerSchema.ACCESS_LOG.fields());
    fields.add(new LayerSchema.Field("ok", FieldType.BOOLEAN, false, "", ""));
    fields.add(new LayerSchema.Field("day", FieldType.DATE, false, "", ""));
    fields.add(new LayerSchema.Field("share", FieldType.REAL, false, "", ""));
    OutputLayer layer = layer("access_log", LayerSchema.GeometryKind.NONE, fields,
        List.of(new OutputLayer.Feature(values, null), new OutputLayer.Feature(Map.of("site_id", "JFB-WC"), null)));

    ShapefileWriter.Written written = ShapefileWriter.write(layer, folder, false);

    assertThat(written.fieldNames()).containsEntry("recorded_by", "recorded_b").containsEntry("when", "when");
    assertThat(written.truncatedValues()).isEqualTo(1);
    assertThat(written.files()).map(f -> f.getFileName().toString())
        .containsExactly("access_log.shp", "access_log.shx", "access_log.dbf", "access_log.cpg");
    RawLayer back = read(folder.resolve("access_log.shp"));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.features()).hasSize(2);
    RawFeature first = back.features().get(0);
    assertThat((Object) first.geometry()).isNull();
    assertThat(first.attributes()).containsEntry("site_id", "JFB-BANK").containsEntry("when", "2024-03-05T14:30:15")
        .containsEntry("persons", 2L).containsEntry("approval", null).containsEntry("recorded_b", "王警官")
        .containsEntry("ok", true).containsEntry("day", "2024-03-05").containsEntry("share", 0.123456789012);
    assertThat((String) first.attributes().get("purpose")).hasSize(84).isEqualTo("备注".repeat(42));
    assertThat(back.features().get(1).attributes()).containsEntry("ok", null).containsEntry("persons", null)
        .containsEntry("day", null);
  }

  @Test
  void wallsAndBuildingsAreWrittenAsLinesWithEachBuildingAsItsOutline() throws IOException {
    OutputLayer layer = layer("obstacles", LayerSchema.GeometryKind.LINE_OR_POLYGON, LayerSchema.OBSTACLES.fields(),
        List.of(new OutputLayer.Feature(Map.of("obst_id", "W1", "kind", "wall"), wkt("LINESTRING (0 0, 1 1)")),
            new OutputLayer.Feature(Map.of("obst_id", "B1", "kind", "building"),
                wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2))")),
            new OutputLayer.Feature(Map.of("obst_id", "B2", "kind", "building"),
                wkt("POLYGON ((20 0, 21 0, 21 1, 20 0))"))));

    ShapefileWriter.Written written = ShapefileWriter.write(layer, folder, false);

    assertThat(written.files()).map(f -> f.getFileName().toString())
        .containsExactly("obstacles.shp", "obstacles.shx", "obstacles.dbf", "obstacles.prj", "obstacles.cpg");
    ByteBuffer shp = ByteBuffer.wrap(Files.readAllBytes(folder.resolve("obstacles.shp"))).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(shp.getInt(32)).as("shape type PolyLine").isEqualTo(3);
    RawLayer back = read(folder.resolve("obstacles.shp"));
    assertThat(back.features()).map(f -> f.text("obst_id")).containsExactly("W1", "B1", "B2");
    assertThat(back.features()).map(f -> f.text("kind")).containsExactly("wall", "building", "building");
    assertThat(back.features()).map(f -> f.geometry().toText()).containsExactly(
        "LINESTRING (0 0, 1 1)",
        "MULTILINESTRING ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2))",
        "LINESTRING (20 0, 21 0, 21 1, 20 0)");
  }

  @Test
  void buildingsAloneStayPolygons() throws IOException {
    OutputLayer layer = layer("obstacles", LayerSchema.GeometryKind.LINE_OR_POLYGON, List.of(),
        List.of(feature(wkt("POLYGON ((0 0, 0 1, 1 1, 0 0))"))));

    ShapefileWriter.write(layer, folder, false);

    ByteBuffer shp = ByteBuffer.wrap(Files.readAllBytes(folder.resolve("obstacles.shp"))).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(shp.getInt(32)).as("shape type Polygon").isEqualTo(5);
    assertThat(read(folder.resolve("obstacles.shp")).features().get(0).geometry().norm()
        .equalsExact(wkt("POLYGON ((0 0, 0 1, 1 1, 0 0))").norm())).isTrue();
  }

  @Test
  void aLayerMixingPointsWithLinesIsRefusedAndNothingIsLeft() {
    OutputLayer layer = layer("obstacles", LayerSchema.GeometryKind.LINE_OR_POLYGON, List.of(),
        List.of(feature(wkt("LINESTRING (0 0, 1 1)")), feature(wkt("POINT (3 3)")),
            feature(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))));

    assertThatThrownBy(() -> ShapefileWriter.write(layer, folder, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer obstacles mixes points, lines, but a shapefile holds one kind of shape");
    assertThat(folder.toFile().list()).isEmpty();
  }

  @Test
  void aLayerOfAnyGeometryMixingLinesAndPolygonsIsRefusedAndNothingIsLeft() {
    OutputLayer layer = layer("findings", LayerSchema.GeometryKind.ANY, List.of(),
        List.of(feature(wkt("LINESTRING (0 0, 1 1)")), feature(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))));

    assertThatThrownBy(() -> ShapefileWriter.write(layer, folder, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer findings mixes lines, polygons, but a shapefile holds one kind of shape");
    assertThat(folder.toFile().list()).isEmpty();
  }

  @Test
  void aFailureHalfWayLeavesNothingBehind() {
    GeometryFactory f = new GeometryFactory();
    OutputLayer layer = layer("cameras", LayerSchema.GeometryKind.POINT, List.of(),
        List.of(feature(f.createPoint(new Coordinate(1, 2))), feature(f.createPoint(new Coordinate(Double.NaN, 2)))));

    assertThatThrownBy(() -> ShapefileWriter.write(layer, folder, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feature 2").hasMessageContaining("not finite");
    assertThat(folder.toFile().list()).isEmpty();
  }

  @Test
  void anExistingShapefileIsReplacedOnlyWhenAskedAndItsStaleIndexGoes() throws IOException {
    OutputLayer layer = layer("zones", LayerSchema.GeometryKind.POLYGON, List.of(),
        List.of(feature(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))));
    ShapefileWriter.write(layer, folder, false);
    Files.writeString(folder.resolve("zones.qix"), "stale");
    byte[] before = Files.readAllBytes(folder.resolve("zones.shp"));

    assertThatThrownBy(() -> ShapefileWriter.write(layer, folder, false)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readAllBytes(folder.resolve("zones.shp"))).isEqualTo(before);

    ShapefileWriter.write(layer, folder, true);
    assertThat(folder.resolve("zones.qix")).doesNotExist();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  private static RawLayer read(Path shp) {
    return ShapefileReader.read(shp, shp.getFileName().toString(), "test", ImportOptions.defaults());
  }

  private static OutputLayer layer(String name, LayerSchema.GeometryKind kind, List<LayerSchema.Field> fields,
      List<OutputLayer.Feature> features) {
    return new OutputLayer(name, kind, fields, features);
  }

  private static OutputLayer.Feature feature(Geometry g) {
    return new OutputLayer.Feature(Map.of(), g);
  }

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static boolean hasOgrinfo() {
    try {
      Process p = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }
}
