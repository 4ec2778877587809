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

  /**
   * The closed-form scale and convergence are the derivative of the projection itself: 1 m
   * geodesics north, east, south and west of a point, projected, move it by k times a rotation
   * by γ, anywhere from 80°S to 80°N and 8° either side of the meridian (within 5e-9: their ends
   * are rounded to a double's degrees, 1e-10 of the step at 30°, more towards the poles).
   */
  @Property
  void scaleAndConvergenceAreTheProjectionsDerivative(
      @ForAll @DoubleRange(min = -8, max = 8) double dLon, @ForAll @DoubleRange(min = -80, max = 80) double lat) {
    double[] north = projectedStep(dLon, lat, 0);
    double[] east = projectedStep(dLon, lat, 90);
    double[] south = projectedStep(dLon, lat, 180);
    double[] west = projectedStep(dLon, lat, 270);
    double[] kg = WGS84.scaleAndConvergence(dLon, lat);
    double k = kg[0];
    double gamma = kg[1];
    assertThat((east[0] - west[0]) / 2).isCloseTo(k * Math.cos(gamma), within(5e-9));
    assertThat((east[1] - west[1]) / 2).isCloseTo(k * Math.sin(gamma), within(5e-9));
    assertThat((north[0] - south[0]) / 2).isCloseTo(-k * Math.sin(gamma), within(5e-9));
    assertThat((north[1] - south[1]) / 2).isCloseTo(k * Math.cos(gamma), within(5e-9));
  }

  /** Grid north lies east of true north east of the meridian in the north, by about Δλ sin φ. */
  @Test
  void convergenceGrowsEastOfTheMeridianInTheNorth() {
    assertThat(Math.toDegrees(WGS84.scaleAndConvergence(3, 30)[1])).isCloseTo(1.501, within(0.01));
    assertThat(Math.toDegrees(WGS84.scaleAndConvergence(-3, 30)[1])).isCloseTo(-1.501, within(0.01));
    assertThat(WGS84.scaleAndConvergence(0, 30)[1]).isZero();
  }

  private static double[] projectedStep(double dLon, double lat, double azimuth) {
    GeodesicData end = Geodesic.WGS84.Direct(lat, dLon, azimuth, 1);
    return WGS84.forward(end.lon2, end.lat2);
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
