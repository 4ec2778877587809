package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;

class TransverseMercatorTest {
  private static final TransverseMercator WGS84 = new TransverseMercator(6378137, 1 / 298.257223563, 1);

  @Property
  void inverseUndoesForward(
      @ForAll @DoubleRange(min = -12, max = 12) double dLon, @ForAll @DoubleRange(min = 0, max = 60) double lat) {
    double[] en = WGS84.forward(dLon, lat);
    double[] back = WGS84.inverse(en[0], en[1]);
    assertThat(back[0]).isCloseTo(dLon, within(1e-10));
    assertThat(back[1]).isCloseTo(lat, within(1e-10));
  }

  /**
   * Conformal and true to scale: a short geodesic measured in the projection, divided by the
   * point scale factor, is its length on the ellipsoid.
   */
  @Property
  void shortDistancesScaleByThePointScaleFactor(
      @ForAll @DoubleRange(min = -8, max = 8) double dLon,
      @ForAll @DoubleRange(min = 18, max = 54) double lat,
      @ForAll @DoubleRange(min = 0, max = 360) double azimuth) {
    GeodesicData step = Geodesic.WGS84.Direct(lat, dLon, azimuth, 50);
    double[] a = WGS84.forward(dLon, lat);
    double[] b = WGS84.forward(step.lon2, step.lat2);
    double k = WGS84.scaleAt(dLon, lat);
    assertThat(Math.hypot(b[0] - a[0], b[1] - a[1]) / k).isCloseTo(50, within(1e-4));
  }

  @Test
  void theCentralMeridianIsTrueToScale() {
    assertThat(WGS84.scaleAt(0, 30)).isCloseTo(1, within(1e-9));
    assertThat(WGS84.scaleAt(3, 30)).isCloseTo(1.001_03, within(2e-5));
    assertThat(WGS84.forward(0, 0)).containsExactly(0.0, 0.0);
  }

  /** Meridian arc from the equator to 30°N, 3 320 113.398 m on WGS 84. */
  @Test
  void northingOnTheCentralMeridianIsTheMeridianArc() {
    GeodesicData arc = Geodesic.WGS84.Inverse(0, 105, 30, 105);
    assertThat(WGS84.forward(0, 30)[1]).isCloseTo(arc.s12, within(1e-6));
  }
}
