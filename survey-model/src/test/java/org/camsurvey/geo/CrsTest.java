package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("slow")
class CrsTest {
  /** One row of proj-reference.csv: a point and where PROJ's cs2cs puts it in a CRS. */
  record Reference(String crs, double lon, double lat, double x, double y) {}

  static List<Reference> projReference() throws IOException {
    try (InputStream in = CrsTest.class.getResourceAsStream("proj-reference.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
          .map(line -> line.split(","))
          .map(f -> new Reference(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
              Double.parseDouble(f[3]), Double.parseDouble(f[4])))
          .toList();
    }
  }

  /** Up to 7° from the central meridian, where proj4j's own series is metres off. */
  @ParameterizedTest
  @MethodSource("projReference")
  void projectsAsProjDoesFarFromTheCentralMeridian(Reference ref) {
    Crs crs = Crs.parse(ref.crs());
    double[] xy = crs.fromLonLat(ref.lon(), ref.lat());
    assertThat(xy[0]).as("easting").isCloseTo(ref.x(), within(0.001));
    assertThat(xy[1]).as("northing").isCloseTo(ref.y(), within(0.001));
    double[] ll = crs.toLonLat(ref.x(), ref.y());
    assertThat(ll[0]).as("longitude").isCloseTo(ref.lon(), within(1e-8));
    assertThat(ll[1]).as("latitude").isCloseTo(ref.lat(), within(1e-8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:4545", "epsg:4545", "4545", "urn:ogc:def:crs:EPSG::4545",
      "urn:ogc:def:crs:EPSG:9.8.15:4545", "http://www.opengis.net/def/crs/EPSG/0/4545",
      "+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"})
  void readsTheWaysUsersWriteACrs(String text) {
    double[] xy = Crs.parse(text).fromLonLat(106.58, 29.56);
    double[] expected = Crs.parse("EPSG:4545").fromLonLat(106.58, 29.56);
    assertThat(xy[0]).isCloseTo(expected[0], within(1e-6));
    assertThat(xy[1]).isCloseTo(expected[1], within(1e-6));
    assertThat(Crs.parse(text).isGeographic()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"EPSG:4326", "CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4490"})
  void geographicCrssPassLongitudeAndLatitudeThrough(String text) {
    Crs crs = Crs.parse(text);
    assertThat(crs.isGeographic()).isTrue();
    assertThat(crs.toLonLat(106.58, 29.56)).containsExactly(106.58, 29.56);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EPSG:", "EPSG:99999999", "WGS 84 please", "+proj=nonesuch"})
  void rejectsWhatIsNotACrs(String text) {
    assertThatThrownBy(() -> Crs.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Found by fuzzing the .prj reader: proj4j's datum shift threw on a latitude past the pole. */
  @ParameterizedTest
  @ValueSource(strings = {"EPSG:4214", "EPSG:2432",
      "+proj=lcc +lat_1=46 +lat_2=49 +lat_0=47.5 +lon_0=13.3 +x_0=400000 +y_0=400000 +ellps=krass"
          + " +towgs84=15.8,-154.4,-82.3,0,0,0,0 +units=m +no_defs"})
  void aCoordinateWithNoLongitudeAndLatitudeIsNaNNotAnException(String text) {
    Crs crs = Crs.parse(text);
    for (double[] xy : new double[][] {{500_000, 3_270_000}, {106, 95}, {1e12, -1e12}, {Double.NaN, 0}}) {
      double[] lonLat = crs.toLonLat(xy[0], xy[1]);
      assertThat(Double.isFinite(lonLat[0]) && Math.abs(lonLat[1]) <= 90 || Double.isNaN(lonLat[0]) && Double.isNaN(lonLat[1]))
          .as(text + " at " + xy[0] + ", " + xy[1]).isTrue();
    }
    assertThat(crs.fromLonLat(106, 95)).containsExactly(Double.NaN, Double.NaN);
  }

  /**
   * A point is read without its round trip only where the round trip is sure to succeed: over
   * the whole band {@link Crs#roundTripsSurely} allows, in a Gauss–Krüger zone with and without
   * a false easting's zone prefix, it comes back within a micrometre (the check allows a metre);
   * a zone-prefixed easting under the CRS without the prefix, a northing past the pole, another
   * projection and a datum shift all keep the round trip.
   */
  @ParameterizedTest
  @ValueSource(strings = {"EPSG:4545", "EPSG:4523", "EPSG:4490"})
  void aPointSkipsItsRoundTripOnlyWhereItCannotFail(String text) {
    Crs crs = Crs.parse(text);
    int sure = 0;
    for (double dx = -499_000; dx <= 499_000; dx += 9_980) {
      for (double northing = -8_990_000; northing <= 8_990_000; northing += 89_900) {
        double x = 500_000 + dx + (text.equals("EPSG:4523") ? 35_000_000 : 0);
        if (crs.roundTripsSurely(x, northing)) {
          sure++;
          double[] ll = crs.toLonLat(x, northing);
          double[] back = crs.fromLonLat(ll[0], ll[1]);
          assertThat(Math.hypot(back[0] - x, back[1] - northing)).as(x + ", " + northing).isLessThan(1e-6);
        }
      }
    }
    assertThat(sure).isEqualTo(crs.isGeographic() ? 0 : 101 * 201);
    assertThat(crs.roundTripsSurely(36_362_088, 3_271_963)).isFalse();
    assertThat(crs.roundTripsSurely(500_000, 9_500_000)).isFalse();
    assertThat(Crs.parse("EPSG:2432").roundTripsSurely(500_000, 3_270_000)).as("a datum shifted").isFalse();
    assertThat(Crs.parse("+proj=ortho +lat_0=30 +lon_0=106").roundTripsSurely(0, 0)).isFalse();
  }
}
