package org.camsurvey.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** A GeoPackage written feature by feature in a projected CRS reads back as written, in GDAL too. */
class StreamingGeoPackageWriterTest {
  /** EPSG:4545 as GDAL defines it, shortened: the reader goes by the EPSG code. */
  private static final StreamingGeoPackageWriter.SpatialReference GK108 = new StreamingGeoPackageWriter.SpatialReference(
      4545, "CGCS2000 / 3-degree Gauss-Kruger CM 108E", "EPSG", 4545,
      "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 108E\",GEOGCS[\"China Geodetic Coordinate System 2000\","
          + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],"
          + "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",108],PARAMETER[\"scale_factor\",1],"
          + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],"
          + "AUTHORITY[\"EPSG\",\"4545\"]]");
  private static final List<LayerSchema> LAYERS = List.of(LayerSchema.CAMERAS, LayerSchema.ZONES, LayerSchema.OBSTACLES);

  @Test
  void readsBackInWgs84AsWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("city.gpkg");
    write(file);

    Survey survey = SurveyReader.read(file, ImportOptions.defaults());

    assertThat(survey.cameras()).extracting(Camera::cameraId).containsExactly("C1", "C2");
    Camera c1 = survey.cameras().get(0);
    double[] lonLat = survey.frame().toLonLat(c1.location().getX(), c1.location().getY());
    // 361 300 E, 3 271 000 N in CM 108E is Chongqing's Yuzhong district
    assertThat(lonLat[0]).isBetween(106.0, 107.0);
    assertThat(lonLat[1]).isBetween(29.0, 30.0);
    assertThat(c1.filed()).isEqualTo(LocalDate.of(2010, 1, 5));
    assertThat(c1.signage()).isTrue();
    assertThat(survey.cameras().get(1).signage()).isNull();
    assertThat(survey.zones()).hasSize(1);
    assertThat(survey.obstacles()).hasSize(1);
    assertThat(names(dir)).containsExactly("city.gpkg");
  }

  @Tag("slow")
  @Test
  void gdalFindsAValidGeoPackage(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(GeoPackageWriterTest.onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Path file = dir.resolve("city.gpkg");
    write(file);

    assertThat(GeoPackageWriterTest.ogrinfoSummary(file)).contains("Layer name: cameras\nGeometry: Point\nFeature Count: 2\n")
        .contains("Layer name: zones\nGeometry: Polygon\nFeature Count: 1\n")
        .contains("Extent: (361300.000000, 3271000.000000) - (361310.000000, 3271000.000000)")
        .contains("ID[\"EPSG\",4545]")
        .contains("installed: Date (0.0)");
  }

  @Test
  void leavesNothingWhenNotCommittedOrRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("city.gpkg");
    try (StreamingGeoPackageWriter writer = StreamingGeoPackageWriter.open(file, GK108, LAYERS)) {
      writer.add(LayerName.ZONES, wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"), "Z1", "S1", "forbidden", "9.3", null, null,
          null);
    }
    assertThat(names(dir)).isEmpty();

    assertThatThrownBy(() -> StreamingGeoPackageWriter.write(file, GK108, LAYERS, writer ->
        writer.add(LayerName.ZONES, wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"), "Z1", "S1", "forbidden", "9.3",
            null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer 'zones', feature 1: a MultiPolygon does not belong in a POLYGON layer (write its polygons apart)");
    assertThatThrownBy(() -> StreamingGeoPackageWriter.write(file, GK108, LAYERS, writer ->
        writer.add(LayerName.CAMERAS, wkt("POINT (1 2)"), "C1")))
        .hasMessage("layer 'cameras' has 18 fields, not 1");
    assertThat(names(dir)).isEmpty();
  }

  private static void write(Path file) throws IOException {
    StreamingGeoPackageWriter.write(file, GK108, LAYERS, writer -> {
      writer.add(LayerName.CAMERAS, wkt("POINT (361300 3271000)"), "C1", "S1", 180.0, 90.0, 30.0, 1920, 3.0, 20.0,
          null, "fixed", true, 30, true, LocalDate.of(2009, 6, 1), LocalDate.of(2010, 1, 5), "运营单位", null, null);
      writer.add(LayerName.CAMERAS, wkt("POINT (361310 3271000)"), "C2", "S1", 180.0, 90.0, 30.0, null, null, null,
          null, "dome", null, 30, true, LocalDate.of(2012, 6, 1), null, "运营单位", null, null);
      writer.add(LayerName.ZONES, wkt("POLYGON ((361300 3270990, 361310 3270990, 361310 3270995, 361300 3270995,"
          + " 361300 3270990))"), "Z1", "S1", "mandated", "8.7", "南门出入口", null, null);
      writer.add(LayerName.OBSTACLES, wkt("LINESTRING (361300 3271005, 361310 3271005)"), "W1", "S1", "wall");
    });
  }

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
