package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camsurvey.model.Camera;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jiefangbei sample as GDAL's ogr2ogr writes it into other containers, with its layers
 * named in Chinese (renamed back by a mapping file's {@code @layer.NAME=LAYER}), zipped, and
 * with its zones as curves: each reads as the sample does.
 */
class GdalMadeContainersTest {
  private static final String RENAMES = """
      @layer.摄像机=cameras
      @layer.区域=zones
      @layer.场所=sites
      @layer.障碍物=obstacles
      """;

  private static Survey sample;

  @BeforeAll
  static void readTheSample() {
    sample = SurveyReader.read(Gdal.sample(), ImportOptions.defaults());
  }

  private static ImportOptions renamed() {
    return new ImportOptions(null, null, FieldMapping.parse("renames.txt", RENAMES), null, Map.of());
  }

  private static String layer(String name) {
    return Gdal.sample().resolve(name + ".geojson").toString();
  }

  private static void readsAsTheSample(Survey survey) {
    assertThat(survey.cameras()).map(Camera::cameraId)
        .containsExactlyInAnyOrderElementsOf(sample.cameras().stream().map(Camera::cameraId).toList());
    assertThat(survey.zones()).map(Zone::zoneId)
        .containsExactlyInAnyOrderElementsOf(sample.zones().stream().map(Zone::zoneId).toList());
  }

  @Test
  void aGeoPackageWhoseTablesTheMappingNames(@TempDir Path dir) {
    Gdal.ogr2ogr(dir, "-f", "GPKG", "survey.gpkg", layer("cameras"), "-nln", "摄像机");
    Gdal.ogr2ogr(dir, "-update", "-f", "GPKG", "survey.gpkg", layer("zones"), "-nln", "区域");
    Gdal.ogr2ogr(dir, "-update", "-f", "GPKG", "survey.gpkg", layer("sites"), "-nln", "场所");
    Gdal.ogr2ogr(dir, "-update", "-f", "GPKG", "survey.gpkg", layer("obstacles"), "-nln", "障碍物");

    readsAsTheSample(SurveyReader.read(dir.resolve("survey.gpkg"), renamed()));
    assertThatThrownBy(() -> SurveyReader.read(dir.resolve("survey.gpkg"), ImportOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageContaining("holds no survey layers")
        .hasMessageContaining("@layer.TABLE=cameras");
  }

  @Test
  void aWorkbookWhoseSheetsTheMappingNames(@TempDir Path dir) {
    Gdal.ogr2ogr(dir, "-f", "XLSX", "survey.xlsx", layer("cameras"), "-nln", "摄像机", "-dialect", "SQLite",
        "-sql", "SELECT *, ST_X(geometry) AS lon, ST_Y(geometry) AS lat FROM cameras");
    Gdal.ogr2ogr(dir, "-update", "-f", "XLSX", "survey.xlsx", layer("zones"), "-nln", "区域", "-dialect", "SQLite",
        "-sql", "SELECT *, ST_AsText(geometry) AS wkt FROM zones");

    readsAsTheSample(SurveyReader.read(dir.resolve("survey.xlsx"), renamed()));
  }

  @Test
  void kmlFoldersTheMappingNamesAndCameraNumbersFromPlacemarkNames(@TempDir Path dir) throws IOException {
    // ogr2ogr writes a layer as a Folder named after it, and the NameField as each Placemark's <name>
    Gdal.ogr2ogr(dir, "-f", "KML", "survey.kml", layer("cameras"), "-nln", "摄像机", "-dsco", "NameField=camera_id",
        "-dialect", "SQLite", "-sql", "SELECT camera_id, site_id, heading, hfov, range_m, geometry FROM cameras");
    String kml = Files.readString(dir.resolve("survey.kml"));
    assertThat(kml).contains("<Folder><name>摄像机</name>").doesNotContain("name=\"camera_id\"");

    Survey survey = SurveyReader.read(dir.resolve("survey.kml"), renamed());

    assertThat(survey.cameras()).map(Camera::cameraId)
        .containsExactlyInAnyOrderElementsOf(sample.cameras().stream().map(Camera::cameraId).toList());
  }

  @Test
  void aZipOfGeoJsonAndCsvLayersWhoseEntriesTheMappingNames(@TempDir Path dir) throws IOException {
    Gdal.ogr2ogr(dir, "-f", "CSV", "摄像机.csv", layer("cameras"), "-lco", "GEOMETRY=AS_XY");
    Gdal.ogr2ogr(dir, "-f", "GeoJSON", "区域.geojson", layer("zones"));
    Path zip = zip(dir.resolve("survey.zip"), "survey/", dir.resolve("摄像机.csv"), dir.resolve("区域.geojson"));

    Survey survey = SurveyReader.read(zip, new ImportOptions(org.camsurvey.geo.Crs.wgs84(), null,
        FieldMapping.parse("renames.txt", RENAMES), null, Map.of()));

    readsAsTheSample(survey);
    assertThat(survey.cameras().get(0).source().file()).startsWith(zip + "/survey/");
  }

  @Test
  void aZipWithoutLayerFilesSaysWhatItHolds(@TempDir Path dir) throws IOException {
    Gdal.ogr2ogr(dir, "-f", "GeoJSON", "区域.geojson", layer("zones"));
    Path zip = zip(dir.resolve("survey.zip"), "", dir.resolve("区域.geojson"));

    assertThatThrownBy(() -> SurveyReader.read(zip, ImportOptions.defaults())).isInstanceOf(InputException.class)
        .hasMessageContaining("holds no survey layers").hasMessageContaining("区域.geojson");
  }

  @Test
  void geoPackageCurvesAreReadAsChordsWithinACentimetre(@TempDir Path dir) throws IOException {
    // Zone Z-CIRCLE: a circle of 20 m radius around a point of the sample, in CGCS2000 / 3-degree GK CM 105E.
    Files.writeString(dir.resolve("curves.csv"), """
        zone_id,site_id,rule,item,WKT
        Z-CIRCLE,JFB-STREET,mandated,8.7,"CURVEPOLYGON(CIRCULARSTRING(656000 3271000,656040 3271000,656000 3271000))"
        Z-ARCH,JFB-STREET,forbidden,9.3,"CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING(656100 3271000,656120 3271020,656140 3271000),(656140 3271000,656100 3271000)))"
        """);
    Gdal.ogr2ogr(dir, "-f", "GPKG", "zones.gpkg", "curves.csv", "-nln", "zones", "-a_srs", "EPSG:4547",
        "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-nlt", "CURVEPOLYGON");
    Path zones = dir.resolve("zones.gpkg");

    RawLayer layer = new GeoPackageReader().read(zones, "zones.gpkg", null, ImportOptions.defaults()).get(0);

    assertThat(layer.features()).hasSize(2);
    double circle = layer.features().get(0).geometry().getArea();
    assertThat(circle).isCloseTo(Math.PI * 400, within(2 * Math.PI * 20 * 0.01));
    assertThat(circle).isLessThan(Math.PI * 400);
    double halfDisc = layer.features().get(1).geometry().getArea();
    assertThat(halfDisc).isCloseTo(Math.PI * 400 / 2, within(Math.PI * 20 * 0.01));
    assertThat(layer.warnings()).hasSize(2).allMatch(f -> f.code() == FindingCode.DATA_CURVE_LINEARISED)
        .anyMatch(f -> f.figures().get("type").equals("CurvePolygon"));
  }

  @Test
  void aBareGeometryReadsAsOneRecordOfTheLayerItsFileNames(@TempDir Path dir) throws IOException {
    Path obstacles = dir.resolve("obstacles.geojson");
    Files.writeString(obstacles, "{\"type\":\"LineString\",\"coordinates\":[[106.577,29.559],[106.578,29.559]]}");

    assertThat(new GeoJsonReader().read("obstacles.geojson", Files.readAllBytes(obstacles), "obstacles", ImportOptions.defaults()))
        .singleElement().satisfies(l -> assertThat(l.features()).singleElement()
            .satisfies(f -> assertThat(f.geometry().getGeometryType()).isEqualTo("LineString")));
  }

  private static Path zip(Path zip, String folder, Path... files) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Path f : files) {
        z.putNextEntry(new ZipEntry(folder + f.getFileName()));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
    }
    return zip;
  }
}
