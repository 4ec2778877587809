package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Every area the project reports is the ellipsoid's, as GeographicLib's {@code PolygonArea} gives
 * it: within 0.01 % or 0.01 m², whichever is larger, for zones of 1 m² to 1 000 000 km² anywhere
 * in China, in frames centred anywhere a survey of China may put them (up to 35° of longitude
 * away, where the frame's scale is 10 % off).
 */
@Tag("slow")
class GroundAreaProperties {
  /** Vertices at most this far apart: a zone's edges as the importer densifies them (100 m) or longer. */
  private static final double EDGE_METRES = 1_000;

  /** A zone as a regular polygon round a centre, and the frame it is measured in. */
  record Zone(double lon, double lat, double areaM2, int vertices, double turn, LocalFrame frame) {
    double[][] lonLat() {
      double radius = Math.sqrt(2 * areaM2 / (vertices * Math.sin(2 * Math.PI / vertices)));
      double[][] ring = new double[vertices][];
      for (int i = 0; i < vertices; i++) {
        GeodesicData p = Geodesic.WGS84.Direct(lat, lon, turn + 360.0 * i / vertices, radius);
        ring[i] = new double[] {p.lon2, p.lat2};
      }
      return ring;
    }

    double ellipsoidArea() {
      PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
      for (double[] p : lonLat()) {
        area.AddPoint(p[1], p[0]);
      }
      return Math.abs(area.Compute(false, true).area);
    }

    Polygon inFrame() {
      double[][] ring = lonLat();
      Coordinate[] coordinates = new Coordinate[ring.length + 1];
      for (int i = 0; i < ring.length; i++) {
        coordinates[i] = frame.fromLonLat(ring[i][0], ring[i][1]);
      }
      coordinates[ring.length] = coordinates[0];
      return frame.geometryFactory().createPolygon(coordinates);
    }
  }

  @Provide
  Arbitrary<Zone> zones() {
    Arbitrary<Double> lon = Arbitraries.doubles().between(73.5, 135).ofScale(6);
    Arbitrary<Double> lat = Arbitraries.doubles().between(18, 53.5).ofScale(6);
    Arbitrary<Double> log10Area = Arbitraries.doubles().between(0, 12).ofScale(3);
    Arbitrary<Double> turn = Arbitraries.doubles().between(0, 360).ofScale(2);
    Arbitrary<Double> frameLon = Arbitraries.doubles().between(-35, 35).ofScale(3);
    Arbitrary<Double> frameLat = Arbitraries.doubles().between(18, 53.5).ofScale(3);
    return Combinators.combine(lon, lat, log10Area, turn, frameLon, frameLat).as((x, y, a, t, fx, fy) -> {
      double area = Math.pow(10, a);
      double perimeter = 2 * Math.sqrt(Math.PI * area);
      int vertices = (int) Math.max(8, Math.min(4000, Math.ceil(perimeter / EDGE_METRES)));
      return new Zone(x, y, area, vertices, t, LocalFrame.around(x + fx, fy));
    });
  }

  @Property(tries = 300)
  void groundAreaIsTheEllipsoidsArea(@ForAll("zones") Zone zone) {
    double truth = zone.ellipsoidArea();

    double measured = zone.frame().groundArea(zone.inFrame());

    assertThat(measured).isCloseTo(truth, within(Math.max(1e-4 * truth, 0.01)));
  }

  @Property(tries = 100)
  void aZonesShareIsReadInTheFrameOnlyWhereItsScaleHardlyVaries(@ForAll("zones") Zone zone) {
    Polygon whole = zone.inFrame();
    Polygon half = (Polygon) whole.intersection(whole.getFactory().toGeometry(
        new org.locationtech.jts.geom.Envelope(whole.getEnvelopeInternal().getMinX(),
            whole.getEnvelopeInternal().centre().x, whole.getEnvelopeInternal().getMinY(),
            whole.getEnvelopeInternal().getMaxY())));
    double groundShare = zone.frame().groundArea(half) / zone.frame().groundArea(whole);
    double frameShare = half.getArea() / whole.getArea();

    // 1e-7: a zone 10–20 km wide is measured on the ellipsoid (its vertices joined by geodesics)
    // and its half in the frame (by straight edges): they differ by the edges' curvature
    double spread = zone.frame().areaScaleSpread(whole.getEnvelopeInternal());

    assertThat(frameShare).isCloseTo(groundShare, within(Math.max(spread, 1e-7)));
  }
}
