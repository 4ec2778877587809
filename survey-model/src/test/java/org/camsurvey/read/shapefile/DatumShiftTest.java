package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import org.camsurvey.geo.Crs;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

/**
 * Datums as PROJ shifts them: shapefiles that GDAL's {@code ogr2ogr} makes from WGS 84 points into
 * CRSs on other datums (ESRI {@code .prj}s, as it writes them, with no TOWGS84) read back to the
 * same points within 1 m wherever PROJ has a published transformation; a datum with none (Xi'an
 * 1980) is known to have none. Skipped without GDAL and PROJ's command-line tools.
 */
class DatumShiftTest {
  private static final double METRE = 1;
  private static final String WGS84_LON_LAT = "+proj=longlat +datum=WGS84";

  @TempDir static Path scratch;

  @BeforeAll
  static void gdalAndProjAreInstalled() {
    assumeTrue(onPath("ogr2ogr") && onPath("cs2cs") && onPath("projinfo"), "GDAL's ogr2ogr or PROJ's cs2cs is not installed");
  }

  @Test
  void anEsriPrjOnMgiIsShiftedAsProjShiftsIt() throws Exception {
    ShapefileZip zip = ShapefileZip.open(Fixtures.pyshp("REL.zip"), "REL.zip");
    RawLayer layer = zip.read(zip.names().get(0), "zones", ImportOptions.defaults());
    Crs crs = layer.crs();

    assertThat(crs.datumRelation()).isEqualTo(Crs.DatumRelation.SHIFTED);
    assertThat(crs.datumName()).isEqualTo("MGI");
    assertThat(crs.datumShift()).startsWith("+towgs84=577.326,90.129,463.919,5.137,1.474,5.297,2.4232");
    List<double[]> vertices = new ArrayList<>();
    for (Coordinate c : layer.features().get(0).geometry().getCoordinates()) {
      // EPSG:31287's axes are northing, easting
      vertices.add(new double[] {c.y, c.x});
    }
    List<double[]> proj = cs2cs("EPSG:31287", "EPSG:4326", vertices);
    for (int i = 0; i < vertices.size(); i++) {
      double[] ours = crs.toLonLat(vertices.get(i)[1], vertices.get(i)[0]);
      // cs2cs writes EPSG:4326 as latitude, longitude
      assertThat(metresApart(ours, new double[] {proj.get(i)[1], proj.get(i)[0]})).isLessThan(METRE);
    }
  }

  @ParameterizedTest(name = "EPSG:{0} at {1}, {2}")
  @CsvSource({
    // Vienna, in MGI / Austria Lambert (EPSG:1618 there)
    "31287, 16.37, 48.21",
    // Beijing 1954 3-degree zones where PROJ has a transformation: Ordos basin (EPSG:15936)
    "2433, 108.5, 37.5", "2434, 110.0, 37.0",
    // Gulf of Tonkin (15935), Pearl River basin (15920), Yellow Sea (15919)
    "2433, 108.5, 20.0", "2435, 113.5, 22.5", "2436, 116.5, 22.5",
    "2437, 120.3, 36.07", "2438, 122.5, 35.0",
    // and the Tarim basin (15921), in a zone further west
    "2424, 80.0, 39.0", "4214, 80.0, 39.0"})
  void aFileGdalReprojectedReadsBackWithinAMetre(int code, double lon, double lat) throws Exception {
    RawLayer layer = reprojected(code, lon, lat);

    Coordinate c = layer.features().get(0).geometry().getCoordinate();
    double[] ours = layer.crs().toLonLat(c.x, c.y);

    assertThat(layer.crs().datumRelation()).isEqualTo(Crs.DatumRelation.SHIFTED);
    assertThat(metresApart(ours, new double[] {lon, lat})).as(layer.crs().datumShift()).isLessThan(METRE);
  }

  /**
   * Where PROJ has no transformation for Beijing 1954 (it then shifts by nothing, a hundred metres
   * and more off), the shift the EPSG data ships is applied, as PROJ applies it when told to.
   */
  @Test
  void beijing1954ZonesOutsideEveryPublishedAreaAreShiftedByTheShippedParameters() throws Exception {
    for (int code = 2431; code <= 2442; code++) {
      double lon0 = centralMeridian(code);
      String proj = projString(code).replace("+ellps=krass", "+ellps=krass +towgs84=15.8,-154.4,-82.3");
      double lat = lon0 >= 120 ? 47 : 30;
      List<double[]> projected = cs2cs(WGS84_LON_LAT, proj, List.of(new double[] {lon0 + 0.7, lat}));
      Crs crs = Crs.parse("EPSG:" + code);

      double[] ours = crs.toLonLat(projected.get(0)[0], projected.get(0)[1]);

      assertThat(metresApart(ours, new double[] {lon0 + 0.7, lat})).as("EPSG:" + code).isLessThan(METRE);
    }
  }

  /**
   * Xi'an 1980 has no published transformation to WGS 84 (PROJ shifts it by nothing, a "ballpark"):
   * every CRS of EPSG:2327–2390 says so, names the datum, and unshifted reads where GDAL put it.
   */
  @Test
  void xian1980HasNoShiftInAnyOfItsZones() throws Exception {
    for (int code = 2327; code <= 2390; code++) {
      double lon0 = centralMeridian(code);
      RawLayer layer = reprojected(code, lon0 + 0.7, 30);
      Crs crs = layer.crs();
      Coordinate c = layer.features().get(0).geometry().getCoordinate();

      assertThat(crs.datumRelation()).as("EPSG:" + code).isEqualTo(Crs.DatumRelation.UNKNOWN);
      assertThat(crs.datumName()).as("EPSG:" + code).isEqualTo("Xian 1980");
      assertThat(metresApart(crs.toLonLat(c.x, c.y), new double[] {lon0 + 0.7, 30})).as("EPSG:" + code)
          .isLessThan(METRE);
    }
    assertThat(Crs.parse("EPSG:4610").datumRelation()).isEqualTo(Crs.DatumRelation.UNKNOWN);
    assertThat(Crs.parse("EPSG:2380").datumName()).isEqualTo("Xian 1980");
  }

  @Test
  void aShiftGivenForXian1980IsAppliedAsProjAppliesIt() throws Exception {
    RawLayer layer = reprojected(2380, 106.5, 29.5);
    Coordinate c = layer.features().get(0).geometry().getCoordinate();
    double[] towgs84 = {24, -123, -94, 0.02, -0.25, -0.13, 1.1};
    List<double[]> proj = cs2cs(projString(2380) + " +towgs84=24,-123,-94,0.02,-0.25,-0.13,1.1", WGS84_LON_LAT,
        List.of(new double[] {c.x, c.y}));

    Crs shifted = layer.crs().withTowgs84(towgs84);

    assertThat(shifted.datumRelation()).isEqualTo(Crs.DatumRelation.SHIFTED);
    assertThat(shifted.datumName()).isEqualTo("Xian 1980");
    assertThat(metresApart(shifted.toLonLat(c.x, c.y), proj.get(0)))
        .isLessThan(METRE);
  }

  @ParameterizedTest
  @CsvSource({"4490", "4545", "4326", "4269", "32648"})
  void cgcs2000AndOtherDatumsOnWgs84sEllipsoidNeedNoShift(int code) {
    assertThat(Crs.parse("EPSG:" + code).datumRelation()).isEqualTo(Crs.DatumRelation.AS_WGS84);
  }

  /** A shapefile ogr2ogr makes from one WGS 84 point, read by the project's reader. */
  private static RawLayer reprojected(int code, double lon, double lat) throws Exception {
    Path folder = Files.createTempDirectory(scratch, "epsg" + code);
    Path geojson = folder.resolve("point.geojson");
    Files.writeString(geojson, String.format(Locale.ROOT, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\":"
        + " \"Feature\", \"properties\": {\"id\": 1}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [%s, %s]}}]}",
        lon, lat));
    Path shp = folder.resolve("cameras.shp");
    run("ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:" + code, shp.toString(), geojson.toString());
    return ShapefileReader.read(shp, "cameras.shp", "cameras", ImportOptions.defaults());
  }

  private static double centralMeridian(int code) throws Exception {
    for (String parameter : projString(code).split("\\s+")) {
      if (parameter.startsWith("+lon_0=")) {
        return Double.parseDouble(parameter.substring(7));
      }
    }
    throw new AssertionError("EPSG:" + code + " has no central meridian");
  }

  private static String projString(int code) throws Exception {
    return run("projinfo", "-o", "PROJ", "-q", "EPSG:" + code).strip().replace(" +type=crs", "");
  }

  /** cs2cs's output for the points: its own axis order, as EPSG defines it for each CRS. */
  private static List<double[]> cs2cs(String from, String to, List<double[]> points) throws Exception {
    StringBuilder in = new StringBuilder();
    points.forEach(p -> in.append(p[0]).append(' ').append(p[1]).append('\n'));
    List<String> command = new ArrayList<>(List.of("cs2cs", "-d", "10"));
    if (from.startsWith("+") || to.startsWith("+")) {
      // PROJ strings go as cs2cs's legacy "+… +to +…", in which longitude comes first
      command.addAll(List.of(from.split("\\s+")));
      command.add("+to");
      command.addAll(List.of(to.split("\\s+")));
    } else {
      command.addAll(List.of(from, to));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().write(in.toString().getBytes(StandardCharsets.US_ASCII));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<double[]> result = new ArrayList<>();
    for (String line : out.strip().split("\n")) {
      String[] f = line.strip().split("\\s+");
      result.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
    }
    return result;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }

  private static double metresApart(double[] a, double[] b) {
    return Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
