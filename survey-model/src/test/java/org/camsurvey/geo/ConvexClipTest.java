package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.junit.jupiter.api.Test;

/** Clipping convex polygons gives the overlay's region. */
class ConvexClipTest {
  private static final WKTReader WKT = new WKTReader();
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  void convexIsOnePolygonTurningOneWayOnce() throws ParseException {
    assertThat(ConvexClip.isConvex(WKT.read("POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0))"))).isTrue();
    assertThat(ConvexClip.isConvex(WKT.read("POLYGON ((0 0, 0 3, 4 3, 4 0, 0 0))"))).as("clockwise").isTrue();
    assertThat(ConvexClip.isConvex(WKT.read("POLYGON ((0 0, 2 0, 4 0, 4 3, 4 3, 0 3, 0 0))"))).as("collinear, repeated").isTrue();
    assertThat(ConvexClip.isConvex(WKT.read("POLYGON ((0 0, 4 0, 4 1, 1 1, 1 3, 0 3, 0 0))"))).as("an L").isFalse();
    assertThat(ConvexClip.isConvex(WKT.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))"))).as("a hole").isFalse();
    assertThat(ConvexClip.isConvex(WKT.read("POLYGON ((0 0, 2 6, 4 0, -1 4, 5 4, 0 0))"))).as("a pentagram").isFalse();
    assertThat(ConvexClip.isConvex(WKT.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"))).isFalse();
  }

  @Test
  void touchingDisjointAndContainedAreasAreTheOverlays() throws ParseException {
    Polygon square = (Polygon) WKT.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))");
    assertThat(ConvexClip.intersection(square, (Polygon) WKT.read("POLYGON ((4 0, 6 0, 6 4, 4 4, 4 0))")).isEmpty()).isTrue();
    assertThat(ConvexClip.intersection(square, (Polygon) WKT.read("POLYGON ((5 0, 6 0, 6 4, 5 0))")).isEmpty()).isTrue();
    assertThat(ConvexClip.intersection(square, (Polygon) WKT.read("POLYGON ((1 1, 2 1, 2 2, 1 1))")).getArea()).isEqualTo(0.5);
    assertThat(ConvexClip.intersection((Polygon) WKT.read("POLYGON ((1 1, 2 1, 2 2, 1 1))"), square).getArea()).isEqualTo(0.5);
    assertThat(ConvexClip.intersection(square, (Polygon) WKT.read("POLYGON ((2 2, 6 2, 6 6, 2 6, 2 2))")).getArea()).isEqualTo(4);
  }

  @Test
  void theDifferenceIsTheOverlaysInConvexPieces() throws ParseException {
    Polygon square = (Polygon) WKT.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))");
    Polygon corner = (Polygon) WKT.read("POLYGON ((2 2, 6 2, 6 6, 2 6, 2 2))");

    assertThat(ConvexClip.difference(square, corner)).allSatisfy(p -> assertThat(ConvexClip.isConvex(p)).isTrue())
        .extracting(Polygon::getArea).containsExactlyInAnyOrder(8.0, 4.0);
    assertThat(ConvexClip.difference(square, square)).isEmpty();
    assertThat(ConvexClip.difference(square, (Polygon) WKT.read("POLYGON ((5 0, 6 0, 6 4, 5 0))"))).containsExactly(square);
    assertThat(ConvexClip.difference((Polygon) WKT.read("POLYGON ((1 1, 2 1, 2 2, 1 1))"), square)).isEmpty();
    // a square window within: a strip beyond its first edge, then one beyond its second within the first, …
    assertThat(ConvexClip.difference(square, (Polygon) WKT.read("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))")))
        .extracting(Polygon::getArea).as("a hole, as four pieces round it").containsExactlyInAnyOrder(4.0, 3.0, 3.0, 2.0);
  }

  /**
   * A clip's passes take turns between two loops, writing over the one before last: what one
   * clip returns or keeps must be its own, and stay as it was through the clips after it.
   */
  @Test
  void whatAClipReturnsOrKeepsOutlivesTheClipsAfterIt() throws ParseException {
    Polygon square = (Polygon) WKT.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))");
    ConvexClip.Window corner = ConvexClip.Window.of((Polygon) WKT.read("POLYGON ((2 2, 6 2, 6 6, 2 6, 2 2))"));
    ConvexClip.Window inner = ConvexClip.Window.of((Polygon) WKT.read("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))"));

    ConvexLoop common = ConvexClip.intersection(ConvexLoop.of(square), corner);
    java.util.List<ConvexLoop> pieces = new java.util.ArrayList<>();
    ConvexClip.difference(ConvexLoop.of(square), inner, pieces);
    ConvexLoop within = ConvexClip.intersection(ConvexLoop.of(square), inner);
    ConvexClip.difference(ConvexLoop.of(square), corner, new java.util.ArrayList<>());

    assertThat(common.area()).isEqualTo(4);
    assertThat(within.area()).isEqualTo(4);
    assertThat(pieces).extracting(ConvexLoop::area).containsExactlyInAnyOrder(4.0, 3.0, 3.0, 2.0);
    assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(common, within), pieces.stream()).distinct())
        .as("loops of their own").hasSize(2 + pieces.size());
  }

  /** Sectors (as views are drawn) over rotated rectangles (as zones are), both ways round. */
  @Test
  void sectorsOverRectanglesHaveTheOverlaysArea() {
    Random random = new Random(2009);
    int overlapping = 0;
    for (int n = 0; n < 2_000; n++) {
      Polygon sector = sector(random.nextDouble() * 360, 10 + random.nextDouble() * 170, 5 + random.nextDouble() * 60);
      Polygon rectangle = rectangle(random.nextGaussian() * 30, random.nextGaussian() * 30, 1 + random.nextDouble() * 20,
          1 + random.nextDouble() * 12, random.nextDouble() * Math.PI);
      assertThat(ConvexClip.isConvex(sector) && ConvexClip.isConvex(rectangle)).isTrue();
      Geometry exact = OverlayNGRobust.overlay(sector, rectangle, OverlayNG.INTERSECTION);
      Polygon clipped = ConvexClip.intersection(sector, rectangle);
      assertThat(clipped.getArea()).as("case %d", n).isCloseTo(exact.getArea(), org.assertj.core.data.Offset.offset(1e-9 * (1 + exact.getArea())));
      assertThat(clipped.isValid()).isTrue();
      if (exact.getArea() > 0) {
        overlapping++;
        assertThat(clipped.getEnvelopeInternal().getMaxX()).isCloseTo(exact.getEnvelopeInternal().getMaxX(), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
    assertThat(overlapping).as("the cases test overlaps").isGreaterThan(300);
  }

  private static Polygon sector(double heading, double angle, double range) {
    int steps = 32;
    Coordinate[] ring = new Coordinate[steps + 3];
    ring[0] = new Coordinate(0, 0);
    for (int i = 0; i <= steps; i++) {
      double a = Math.toRadians(heading - angle / 2 + angle * i / steps);
      ring[i + 1] = new Coordinate(range * Math.sin(a), range * Math.cos(a));
    }
    ring[steps + 2] = new Coordinate(0, 0);
    return FACTORY.createPolygon(ring);
  }

  private static Polygon rectangle(double cx, double cy, double w, double h, double angle) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    double[][] corners = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}, {-w / 2, -h / 2}};
    Coordinate[] ring = new Coordinate[5];
    for (int i = 0; i < 5; i++) {
      ring[i] = new Coordinate(cx + corners[i][0] * c - corners[i][1] * s, cy + corners[i][0] * s + corners[i][1] * c);
    }
    return FACTORY.createPolygon(ring);
  }
}
