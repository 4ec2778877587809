package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camsurvey.geo.Crs;
import org.camsurvey.read.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code .prj} WKT to a CRS: the ESRI and OGC WKT GDAL writes for the CRSs Chongqing's data comes in
 * (prj-cases.tsv, made by make-fixtures.sh) project a point where PROJ's cs2cs does, to 1 cm.
 */
class PrjReaderTest {
  /** The codes whose ESRI names the reader knows; the others are built from their parameters. */
  private static final Set<String> NAMED = Set.of("4326", "4490", "4610", "4214", "4544", "4545", "4523", "4524",
      "32648", "32649", "2380", "2381", "2359", "2360", "2432", "2433", "2411", "2412");

  record Case(String code, String flavour, String wkt, double lon, double lat, double x, double y) {
    @Override
    public String toString() {
      return "EPSG:" + code + " " + flavour;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.resource("prj-cases.tsv"), StandardCharsets.UTF_8);
    return lines.stream().skip(1).map(line -> line.split("\t")).map(f -> new Case(f[0], f[1], f[2],
        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void projectsAsProjDoes(Case c) {
    Crs crs = PrjReader.read("x.prj", "test", c.wkt());

    double[] lonLat = crs.toLonLat(c.x(), c.y());
    assertThat(lonLat[0]).isCloseTo(c.lon(), within(1e-7));
    assertThat(lonLat[1]).isCloseTo(c.lat(), within(1e-7));
    if (c.flavour().equals("wkt1") || NAMED.contains(c.code())) {
      assertThat(crs.name()).isEqualTo("EPSG:" + c.code());
    } else {
      assertThat(crs.name()).startsWith("+proj=tmerc");
    }
  }

  @Test
  void aRenamedGaussKrugerZoneIsBuiltFromItsParameters() {
    String wkt = "PROJCS[\"My_Survey_Grid\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
        + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",108.0],PARAMETER[\"Scale_Factor\",1.0],"
        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    Crs crs = PrjReader.read("x.prj", "test", wkt);

    assertThat(crs.name()).startsWith("+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0");
    double[] lonLat = crs.toLonLat(362087.660463718, 3271907.766354216);
    assertThat(lonLat[0]).isCloseTo(106.577, within(1e-9));
    assertThat(lonLat[1]).isCloseTo(29.5575, within(1e-9));
  }

  @Test
  void aKnownNameWithOtherParametersIsNotTakenAtItsWord() {
    String wkt = "PROJCS[\"CGCS2000_3_Degree_GK_CM_108E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
        + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",36500000.0],"
        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",108.0],PARAMETER[\"Scale_Factor\",1.0],"
        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    Crs crs = PrjReader.read("x.prj", "test", wkt);

    assertThat(crs.name()).contains("+x_0=36500000");
  }

  @Test
  void wkt2WithAnEpsgIdIsReadByItsId() {
    String wkt = "PROJCRS[\"CGCS2000 / 3-degree Gauss-Kruger CM 108E\",BASEGEOGCRS[\"China Geodetic Coordinate "
        + "System 2000\",DATUM[\"China 2000\",ELLIPSOID[\"CGCS2000\",6378137,298.257222101,LENGTHUNIT[\"metre\",1]]],"
        + "PRIMEM[\"Greenwich\",0,ANGLEUNIT[\"degree\",0.0174532925199433]],ID[\"EPSG\",4490]],"
        + "CONVERSION[\"3-degree Gauss-Kruger CM 108E\",METHOD[\"Transverse Mercator\",ID[\"EPSG\",9807]]],"
        + "CS[Cartesian,2],AXIS[\"northing (X)\",north,ORDER[1]],AXIS[\"easting (Y)\",east,ORDER[2]],ID[\"EPSG\",4545]]";

    assertThat(PrjReader.read("x.prj", "test", wkt).name()).isEqualTo("EPSG:4545");
  }

  @Test
  void anEmptyPrjSaysNothing() {
    assertThat(PrjReader.read("x.prj", "test", " \n")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "hello",
      "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]",
      "LOCAL_CS[\"site grid\",LOCAL_DATUM[\"none\",0],UNIT[\"Meter\",1.0]]",
      "PROJCS[\"x\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
          + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Hotine_Oblique_Mercator\"],"
          + "UNIT[\"Meter\",1.0]]",
      "GEOGCS[\"GCS_NTF\",DATUM[\"D_NTF\",SPHEROID[\"Clarke_1880_IGN\",6378249.2,293.46602]],"
          + "PRIMEM[\"Paris\",2.33722917],UNIT[\"Degree\",0.0174532925199433]]",
      "GEOGCS[\"moon\",DATUM[\"D_moon\",SPHEROID[\"moon\",1737400.0,0.0]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]]",
      "PROJCRS[\"unnamed\",BASEGEOGCRS[\"x\",DATUM[\"y\",ELLIPSOID[\"z\",6378137,298.257223563]]]]",
      "GEOGCS[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]"})
  void whatIsNotACrsThisVersionReadsIsAnInputError(String text) {
    assertThatThrownBy(() -> PrjReader.read("cameras.prj", "cameras", text))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.file()).isEqualTo("cameras.prj");
          assertThat(e.layer()).isEqualTo("cameras");
          assertThat(e.getMessage()).startsWith("cameras.prj: layer 'cameras': is not a coordinate reference system");
        });
  }
}
