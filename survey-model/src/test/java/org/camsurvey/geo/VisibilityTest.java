package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class VisibilityTest {
  private static final LocalFrame FRAME = LocalFrame.around(106.577, 29.5575);
  private static final Coordinate ORIGIN = new Coordinate(0, 0);

  private static Polygon sector(double heading, double hfov, double range) {
    return FieldOfView.sector(FRAME, ORIGIN, heading, hfov, range);
  }

  private static LineSegment wall(double x0, double y0, double x1, double y1) {
    return new LineSegment(x0, y0, x1, y1);
  }

  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader(FRAME.geometryFactory()).read(text);
  }

  @Test
  void aWallAcrossTheWholeViewHidesEverythingBehindIt() throws ParseException {
    Polygon view = sector(0, 90, 50);
    Polygon visible = Visibility.sight(view, ORIGIN, false, List.of(wall(-100, 10, 100, 10))).visible();

    assertThat(visible.intersects(wkt("POLYGON ((-2 20, 2 20, 2 24, -2 24, -2 20))"))).isFalse();
    assertThat(visible.covers(wkt("POLYGON ((-2 5, 2 5, 2 9, -2 9, -2 5))"))).isTrue();
    // Exactly the triangle up to the wall: base 20 m (the 90° view at 10 m), height 10 m.
    assertThat(visible.getArea()).isCloseTo(100, within(0.05));
  }

  /** A door of width w at distance d lets through the wedge between the rays to its jambs. */
  @ParameterizedTest
  @CsvSource({"0.9, 5", "2.0, 10", "1.2, 3.5"})
  void aGapInTheWallLetsThroughTheWedgeItsJambsDefine(double width, double distance) {
    double left = -0.3;
    double right = left + width;
    Polygon view = sector(0, 120, 40);
    List<LineSegment> walls = List.of(wall(-50, distance, left, distance), wall(right, distance, 50, distance));

    Polygon visible = Visibility.sight(view, ORIGIN, false, walls).visible();

    // At 30 m the wedge spans from 30·left/d to 30·right/d across.
    double far = 30;
    Geometry cut = visible.intersection(FRAME.geometryFactory().createLineString(
        new Coordinate[] {new Coordinate(-40, far), new Coordinate(40, far)}));
    assertThat(cut.getNumGeometries()).isEqualTo(1);
    Coordinate[] ends = cut.getCoordinates();
    double lo = Math.min(ends[0].x, ends[1].x);
    double hi = Math.max(ends[0].x, ends[1].x);
    assertThat(lo).isCloseTo(far * left / distance, within(1e-6));
    assertThat(hi).isCloseTo(far * right / distance, within(1e-6));
    double angle = Math.toDegrees(Math.atan(right / distance) - Math.atan(left / distance));
    assertThat(Math.toDegrees(Math.atan(hi / far) - Math.atan(lo / far))).isCloseTo(angle, within(1e-6));
  }

  @Test
  void aRoomSeenFromInsideIsTheRoomUpToItsWalls() {
    // A 6 x 4 m room around the camera, no door: the camera sees the room and nothing beyond.
    List<LineSegment> room = List.of(wall(-3, -1, 3, -1), wall(3, -1, 3, 3), wall(3, 3, -3, 3), wall(-3, 3, -3, -1));
    Polygon visible = Visibility.sight(sector(0, 360, 50), ORIGIN, true, room).visible();
    assertThat(visible.getArea()).isCloseTo(24, within(1e-6));
  }

  @Test
  void wallsBeyondTheRangeOrBehindTheCameraChangeNothing() {
    Polygon view = sector(90, 60, 20);
    Polygon visible = Visibility.sight(view, ORIGIN, false,
        List.of(wall(30, -5, 30, 5), wall(-5, -5, -5, 5), wall(0, 0, -3, 4))).visible();
    assertThat(visible.getArea()).isCloseTo(view.getArea(), within(1e-6));
    assertThat(visible.symDifference(view).getArea()).isLessThan(1e-6);
  }

  @Test
  void crossingWallsAreNodedSoTheNearerOneWins() {
    Polygon view = sector(0, 90, 30);
    List<LineSegment> walls = List.of(wall(-20, 5, 20, 15), wall(-20, 15, 20, 5));
    Polygon visible = Visibility.sight(view, ORIGIN, false, walls).visible();
    // Straight ahead the two walls cross at y = 10; left and right the nearer one is lower.
    assertThat(visible.getEnvelopeInternal().getMaxY()).isCloseTo(10, within(1e-6));
    assertThat(visible.isValid()).isTrue();
  }

  @Test
  void aWallTheCameraIsMountedOnDoesNotBlindIt() {
    Polygon view = sector(0, 90, 20);
    Polygon visible = Visibility.sight(view, ORIGIN, false, List.of(wall(-10, 0, 10, 0))).visible();
    assertThat(visible.getArea()).isCloseTo(view.getArea(), within(1e-6));
  }

  @Test
  void aWallAcrossTheStartRayOfADiscIsSplitThere() {
    Polygon view = sector(0, 360, 20);
    // The disc's arc starts due north; this wall crosses the north ray 5 m out.
    Polygon visible = Visibility.sight(view, ORIGIN, true, List.of(wall(-4, 5, 4, 5))).visible();
    assertThat(visible.isValid()).isTrue();
    assertThat(visible.covers(FRAME.geometryFactory().createPoint(new Coordinate(0, 4.9)))).isTrue();
    assertThat(visible.covers(FRAME.geometryFactory().createPoint(new Coordinate(0, 5.1)))).isFalse();
    assertThat(visible.covers(FRAME.geometryFactory().createPoint(new Coordinate(0, -19)))).isTrue();
  }
}
