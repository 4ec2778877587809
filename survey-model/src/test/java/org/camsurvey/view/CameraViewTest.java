package org.camsurvey.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.SurveyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** What a camera sees at a quality, and the views a scene builds once. */
class CameraViewTest {
  /** 90° and 2500 pixels: res_h / (2 · ppm · tan 45°) = 50, 20, 10 and 5 m. */
  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of(2500, 90.0, 100.0, null, 100.0),
        Arguments.of(2500, 90.0, 100.0, ImageQuality.DETECT, 50.0),
        Arguments.of(2500, 90.0, 100.0, ImageQuality.OBSERVE, 20.0),
        Arguments.of(2500, 90.0, 100.0, ImageQuality.RECOGNISE, 10.0),
        Arguments.of(2500, 90.0, 100.0, ImageQuality.IDENTIFY, 5.0),
        Arguments.of(2500, 90.0, 30.0, ImageQuality.DETECT, 30.0),
        Arguments.of(null, 90.0, 30.0, ImageQuality.IDENTIFY, 30.0),
        Arguments.of(2500, 180.0, 30.0, ImageQuality.IDENTIFY, 30.0),
        Arguments.of(2500, 360.0, 30.0, ImageQuality.IDENTIFY, 30.0));
  }

  @ParameterizedTest(name = "res_h {0}, hfov {1}, range {2} at {3}: {4} m")
  @MethodSource("ranges")
  void rangeAtAQuality(Integer resH, double hfov, double range, ImageQuality quality, double expected) {
    Camera c = camera("C").aim(0, hfov, range).resH(resH).build(1);

    assertThat(CameraView.rangeMetres(c, quality)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void aSectorHasTheAreaOfItsAngleOfTheDisc() {
    Camera c = camera("C").aim(45, 90, 20).build(1);
    Geometry view = CameraView.of(SurveyFixture.FRAME, c, null, WallIndex.of(List.of())).shape();

    // chords every 2° fall at most 3 mm inside a 20 m arc
    assertThat(view.getArea()).isCloseTo(Math.PI * 400 / 4, within(0.1));
    assertThat(view.isValid()).isTrue();
  }

  /**
   * A camera 6 m up, tilted 30°, looking north past a wall's end: its view is the ground the wall
   * leaves it less the blind band, whose pieces have the shape's area whether the wall stands
   * beyond the band's edge (the band's own fans are taken away) or within it (their parts the fans
   * hold), and whose envelope, given before the shape is cut, holds the shape.
   */
  @ParameterizedTest(name = "wall {0} m from the camera")
  @MethodSource("wallDistances")
  void aWalledViewsPiecesAreItsShapeLessTheBlindBand(double wallNorth) {
    Camera c = camera("C").aim(0, 90, 40).mount(6, 30, 40.0).build(1);
    WallIndex walls = WallIndex.of(List.of(
        SurveyFixture.FRAME.geometryFactory().createLineString(new Coordinate[] {
            new Coordinate(-30, wallNorth), new Coordinate(3, wallNorth)})));
    CameraView view = CameraView.of(SurveyFixture.FRAME, c, null, walls);
    double near = CameraView.nearMetres(c);

    assertThat(near).isBetween(5.0, 8.0);
    assertThat(view.fanned()).isTrue();
    assertThat(view.pieces().area()).isCloseTo(view.shape().getArea(), within(1e-9 * view.shape().getArea()));
    assertThat(view.envelope().covers(view.shape().getEnvelopeInternal())).isTrue();
    Geometry open = CameraView.of(SurveyFixture.FRAME, c, null, WallIndex.of(List.of())).shape();
    assertThat(view.shape().getArea()).isLessThan(open.getArea() - 1);
  }

  static Stream<Double> wallDistances() {
    return Stream.of(20.0, 4.0);
  }

  @Test
  void aSceneBuildsTheCoverageViewOnlyWhereItDiffers() {
    Survey s = survey().with(camera("A").aim(0, 90, 100).resH(2500), camera("B").aim(0, 90, 15).resH(2500)).build();
    Scene scene = new Scene(s, CheckOptions.defaults());

    // A detects to 50 m but observes to 20 m; B's 15 m range limits both.
    assertThat(scene.visible(0).getArea()).isCloseTo(Math.PI * 2500 / 4, within(0.5));
    assertThat(scene.covering(0).getArea()).isCloseTo(Math.PI * 400 / 4, within(0.1));
    assertThat(scene.covering(1)).isSameAs(scene.visible(1));
    assertThat(scene.survey()).isSameAs(s);
  }
}
