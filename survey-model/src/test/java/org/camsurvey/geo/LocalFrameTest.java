package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class LocalFrameTest {
  @Test
  void theCentreIsTheOrigin() {
    LocalFrame frame = LocalFrame.around(106.577, 29.5575);
    Coordinate origin = frame.fromLonLat(106.577, 29.5575);
    assertThat(origin.x).isCloseTo(0, within(1e-9));
    assertThat(origin.y).isCloseTo(0, within(1e-9));
    double[] ll = frame.toLonLat(1234.5, -678.9);
    Coordinate back = frame.fromLonLat(ll[0], ll[1]);
    assertThat(back.x).isCloseTo(1234.5, within(1e-6));
    assertThat(back.y).isCloseTo(-678.9, within(1e-6));
  }

  /**
   * A city-wide survey puts sites hundreds of kilometres from the frame's centre, where the
   * frame's scale is off by parts in a thousand; ground areas must come out right all the same.
   */
  @ParameterizedTest
  @CsvSource({"0, 0", "50, 0", "250, 0", "0, 250", "-300, 120"})
  void groundAreasAreTrueFarFromTheCentre(double eastKm, double northKm) {
    LocalFrame frame = LocalFrame.around(107, 30);
    GeodesicData east = Geodesic.WGS84.Direct(30, 107, 90, eastKm * 1000);
    GeodesicData corner = Geodesic.WGS84.Direct(east.lat2, east.lon2, 0, northKm * 1000);
    double[][] square = new double[4][];
    PolygonArea truth = new PolygonArea(Geodesic.WGS84, false);
    double[] azimuths = {0, 90, 180, 270};
    double lat = corner.lat2;
    double lon = corner.lon2;
    for (int i = 0; i < 4; i++) {
      square[i] = new double[] {lon, lat};
      truth.AddPoint(lat, lon);
      GeodesicData next = Geodesic.WGS84.Direct(lat, lon, azimuths[i], 100);
      lat = next.lat2;
      lon = next.lon2;
    }
    Coordinate[] ring = new Coordinate[5];
    for (int i = 0; i < 4; i++) {
      ring[i] = frame.fromLonLat(square[i][0], square[i][1]);
    }
    ring[4] = ring[0];
    Polygon polygon = frame.geometryFactory().createPolygon(ring);
    PolygonResult result = truth.Compute();
    double ground = frame.groundArea(polygon.getArea(), polygon.getCentroid().getCoordinate());
    assertThat(ground).isCloseTo(Math.abs(result.area), within(0.01));
  }

  /**
   * A province-sized zone (Xinjiang's Kashgar prefecture, a 600 km disc) in a survey of China,
   * whose frame is centred on Chongqing, 30° east: the scale at one point of it was 0.14 % off the
   * zone's area; measured on the ellipsoid, it is GeographicLib's to a millionth.
   */
  @Test
  void aProvinceSizedZoneFarFromTheCentreHasTheEllipsoidsArea() {
    LocalFrame frame = LocalFrame.around(106.5, 29.5);
    PolygonArea truth = new PolygonArea(Geodesic.WGS84, false);
    Coordinate[] ring = new Coordinate[3601];
    for (int i = 0; i < 3600; i++) {
      GeodesicData p = Geodesic.WGS84.Direct(39.5, 76, i / 10.0, 600_000);
      truth.AddPoint(p.lat2, p.lon2);
      ring[i] = frame.fromLonLat(p.lon2, p.lat2);
    }
    ring[3600] = ring[0];
    Polygon zone = frame.geometryFactory().createPolygon(ring);
    double expected = Math.abs(truth.Compute(false, true).area);

    assertThat(frame.groundArea(zone)).isCloseTo(expected, within(1e-6 * expected));
    double atOnePoint = frame.groundArea(zone.getArea(), zone.getEnvelopeInternal().centre());
    assertThat(Math.abs(atOnePoint / expected - 1)).as("the former measure's error").isGreaterThan(0.001);
  }

  /** An overlay keeps the lines where its inputs only touch: they have no area, the polygons keep theirs. */
  @Test
  void theGroundAreaOfAnOverlaysMixedResultIsItsPolygons() throws Exception {
    LocalFrame frame = LocalFrame.around(106.577, 29.5575);
    org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader(frame.geometryFactory());
    org.locationtech.jts.geom.Geometry polygon = wkt.read("POLYGON ((100 100, 110 100, 110 110, 100 110, 100 100))");
    org.locationtech.jts.geom.Geometry mixed = wkt.read(
        "GEOMETRYCOLLECTION (POLYGON ((100 100, 110 100, 110 110, 100 110, 100 100)), LINESTRING (110 110, 120 120))");

    assertThat(frame.groundArea(mixed)).isEqualTo(frame.groundArea(polygon)).isCloseTo(100, within(0.01));
  }

  /**
   * A view of the 100 k synthetic city (district 500103, site 000033, camera C020: a blind band
   * cut by a wall), valid in its district's frame, crossed itself by nanometres once rounded to
   * degrees; `fov` wrote it so and PostGIS refused it.
   */
  @Test
  void aValidPolygonStaysValidInDegrees() throws Exception {
    LocalFrame frame = LocalFrame.around(106.57319750266281, 29.542200239883506);
    String wkt;
    try (var in = LocalFrameTest.class.getResourceAsStream("walled-view.wkt")) {
      wkt = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    }
    Polygon view = (Polygon) new org.locationtech.jts.io.WKTReader(frame.geometryFactory()).read(wkt);
    assertThat(view.isValid()).isTrue();

    org.locationtech.jts.geom.Geometry lonLat = frame.toLonLat(view);

    assertThat(lonLat.isValid()).isTrue();
    assertThat(lonLat).isInstanceOf(Polygon.class);
    // the sliver left out: 2 m long and microns wide, under a square centimetre
    assertThat(frame.fromLonLat(lonLat).getArea()).isCloseTo(view.getArea(), within(1e-4));
  }
}
