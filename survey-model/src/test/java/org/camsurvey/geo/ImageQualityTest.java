package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 2560 px across 90°: 1280/d pixels per metre, so detect holds out to 51.2 m and observe to 20.48 m. */
class ImageQualityTest {
  @Test
  void aPointAtAGradesDistanceHoldsTheGrade() {
    assertThat(ImageQuality.reachedAt(2560, 90, 51.2)).isEqualTo(ImageQuality.DETECT);
    assertThat(ImageQuality.reachedAt(2560, 90, 20.48)).isEqualTo(ImageQuality.OBSERVE);
    assertThat(ImageQuality.reachedAt(2560, 90, 5)).isEqualTo(ImageQuality.IDENTIFY);
  }

  /** The rounding that places a view's far arc is forgiven; a millimetre beyond it is not. */
  @Test
  void aMicrometrePastTheArcIsOnItAMillimetreIsBeyond() {
    assertThat(ImageQuality.reachedAt(2560, 90, 51.2 * (1 + 1e-12))).isEqualTo(ImageQuality.DETECT);
    assertThat(ImageQuality.reachedAt(2560, 90, 51.2 + 5e-7)).isEqualTo(ImageQuality.DETECT);
    assertThat(ImageQuality.reachedAt(2560, 90, 51.201)).isNull();
    assertThat(ImageQuality.reachedAt(2560, 90, 20.481)).isEqualTo(ImageQuality.DETECT);
  }
}
