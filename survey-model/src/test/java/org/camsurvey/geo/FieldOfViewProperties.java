package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The field of view against GeographicLib's direct and inverse geodesic solutions: points 0.1 m
 * inside the true boundary are seen, points 0.1 m outside are not, for cameras anywhere in China
 * and frames centred up to 200 km away (where the frame's grid north is up to a degree and more
 * off true north), and now and then up to 3 000 km away, as a survey spanning China would be.
 */
@Tag("slow")
class FieldOfViewProperties {
  private static final double MARGIN = 0.1;

  /** A camera, and the frame it is placed in. */
  record Setup(double lon, double lat, double heading, double hfov, double range, LocalFrame frame) {
    Coordinate position() {
      return frame.fromLonLat(lon, lat);
    }

    Polygon view() {
      return FieldOfView.sector(frame, position(), heading, hfov, range);
    }

    Point pointAt(double azimuth, double distance) {
      GeodesicData q = Geodesic.WGS84.Direct(lat, lon, azimuth, distance);
      return frame.geometryFactory().createPoint(frame.fromLonLat(q.lon2, q.lat2));
    }
  }

  @Provide
  Arbitrary<Setup> cameras() {
    Arbitrary<Double> lon = Arbitraries.doubles().between(73.5, 135).ofScale(7);
    Arbitrary<Double> lat = Arbitraries.doubles().between(18, 53.5).ofScale(7);
    Arbitrary<Double> heading = Arbitraries.doubles().between(0, true, 360, false).ofScale(4);
    Arbitrary<Double> hfov = Arbitraries.oneOf(
        Arbitraries.doubles().between(1, 359.9).ofScale(3), Arbitraries.of(30.0, 90.0, 180.0, 270.0, 360.0));
    Arbitrary<Double> range = Arbitraries.doubles().between(3, 1000).ofScale(3);
    Arbitrary<double[]> frameOffset = Combinators.combine(
        Arbitraries.doubles().between(0, 360).ofScale(3),
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.doubles().between(0, 200_000).ofScale(1)),
            Tuple.of(2, Arbitraries.doubles().between(200_000, 3_000_000).ofScale(1))))
        .as((azimuth, distance) -> new double[] {azimuth, distance});
    return Combinators.combine(lon, lat, heading, hfov, range, frameOffset).as((x, y, h, a, r, offset) -> {
      GeodesicData centre = Geodesic.WGS84.Direct(y, x, offset[0], offset[1]);
      return new Setup(x, y, h, a, r, LocalFrame.around(centre.lon2, centre.lat2));
    });
  }

  @Property(tries = 400)
  void seesJustInsideTheArcButNotJustOutside(
      @ForAll("cameras") Setup camera, @ForAll @DoubleRange(min = 0, max = 1) double across) {
    Polygon view = camera.view();
    double edgeMargin = camera.hfov() >= 360 ? 0 : Math.toDegrees(2 * MARGIN / camera.range());
    Assume.that(camera.hfov() > 2 * edgeMargin);
    double azimuth = camera.heading() - camera.hfov() / 2 + edgeMargin + across * (camera.hfov() - 2 * edgeMargin);
    assertThat(view.covers(camera.pointAt(azimuth, camera.range() - MARGIN)))
        .as("0.1 m inside the arc").isTrue();
    assertThat(view.covers(camera.pointAt(azimuth, camera.range() + MARGIN)))
        .as("0.1 m beyond the arc").isFalse();
  }

  @Property(tries = 400)
  void seesJustInsideTheRadialEdgesButNotJustOutside(
      @ForAll("cameras") Setup camera,
      @ForAll @DoubleRange(min = 0.02, max = 0.98) double along,
      @ForAll boolean leftEdge) {
    double distance = 1 + along * (camera.range() - 1.5);
    double offset = Math.toDegrees(Math.asin(MARGIN / distance));
    Assume.that(camera.hfov() < 360 && camera.hfov() + 2 * offset < 360 && camera.hfov() > 2 * offset);
    Polygon view = camera.view();
    double sign = leftEdge ? -1 : 1;
    double edge = camera.heading() + sign * camera.hfov() / 2;
    assertThat(view.covers(camera.pointAt(edge - sign * offset, distance))).as("0.1 m inside the edge").isTrue();
    assertThat(view.covers(camera.pointAt(edge + sign * offset, distance))).as("0.1 m outside the edge").isFalse();
  }

  @Property(tries = 200)
  void neverSeesBehindItselfBelow180Degrees(
      @ForAll("cameras") Setup camera,
      @ForAll @DoubleRange(min = 0.1, max = 1) double distanceFraction,
      @ForAll @DoubleRange(min = -1, max = 1) double spread) {
    Assume.that(camera.hfov() < 180);
    double behind = camera.heading() + 180 + spread * (90 - camera.hfov() / 2);
    assertThat(camera.view().covers(camera.pointAt(behind, distanceFraction * camera.range()))).isFalse();
  }

  /** Every vertex of the arc lies at the geodesic range and within the angle of view, to 5 cm in frames 3 000 km off. */
  @Property(tries = 200)
  void arcVerticesLieOnTheGeodesicCircle(@ForAll("cameras") Setup camera) {
    Polygon view = camera.view();
    Coordinate[] ring = view.getExteriorRing().getCoordinates();
    int first = camera.hfov() >= 360 ? 0 : 1;
    int last = camera.hfov() >= 360 ? ring.length - 1 : ring.length - 2;
    for (int i = first; i < last; i++) {
      double[] ll = camera.frame().toLonLat(ring[i].x, ring[i].y);
      GeodesicData inverse = Geodesic.WGS84.Inverse(camera.lat(), camera.lon(), ll[1], ll[0]);
      assertThat(inverse.s12).isCloseTo(camera.range(), within(0.05));
      if (camera.hfov() < 360) {
        double off = Math.abs(((inverse.azi1 - camera.heading()) % 360 + 540) % 360 - 180);
        assertThat(off).isLessThanOrEqualTo(camera.hfov() / 2 + Math.toDegrees(0.05 / camera.range()));
      }
    }
    assertThat(view.isValid()).isTrue();
  }
}
