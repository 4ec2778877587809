package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

/**
 * An aim keeps the bearings of its last arc for the next one of as many steps: whatever arcs it
 * made before, its sectors and bands are those of a fresh aim, vertex for vertex.
 */
class FieldOfViewAimTest {
  private static final LocalFrame FRAME = LocalFrame.around(106.58, 29.56);

  @ParameterizedTest
  @CsvSource({"37.5, 90", "300, 270", "0, 360", "123.4, 1"})
  void arcsMadeBeforeChangeNoVertex(double heading, double hfov) {
    Coordinate camera = FRAME.fromLonLat(106.5812, 29.5634);
    FieldOfView.Aim used = FieldOfView.aim(FRAME, camera, heading, hfov);
    // ranges of 2° steps (up to 65 m) and of finer ones, in an order that reuses and replaces them
    double[][] bands = {{0, 40}, {5, 120}, {12.5, 60}, {3, 65}, {0, 900}, {30, 64}};
    for (double[] band : bands) {
      FieldOfView.Aim fresh = FieldOfView.aim(FRAME, camera, heading, hfov);
      FieldOfView.Band expected = fresh.band(band[0], band[1]);
      FieldOfView.Band actual = used.band(band[0], band[1]);
      assertThat(actual.shape().equalsExact(expected.shape())).as("band %s–%s m", band[0], band[1]).isTrue();
      assertThat(actual.pieces().toString()).isEqualTo(expected.pieces().toString());
      assertThat(used.sector(band[1]).equalsExact(FieldOfView.aim(FRAME, camera, heading, hfov).sector(band[1])))
          .as("sector to %s m", band[1]).isTrue();
    }
  }
}
