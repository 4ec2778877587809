package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

class ChineseWebDatumTest {
  /** The values every published implementation of the formulas agrees on. */
  @Test
  void forwardFormulasGiveThePublishedValues() {
    assertThat(ChineseWebDatum.wgs84ToGcj02(116.404, 39.915))
        .containsExactly(new double[] {116.41024449916938, 39.91640428150164}, within(1e-12));
    assertThat(ChineseWebDatum.gcj02ToBd09(116.404, 39.915))
        .containsExactly(new double[] {116.41036949371029, 39.92133699351021}, within(1e-12));
  }

  /** Exact inverses, to the centimetre and far better, wherever in China. */
  @Property
  void toWgs84UndoesFromWgs84(
      @ForAll @DoubleRange(min = 73.5, max = 135) double lon,
      @ForAll @DoubleRange(min = 18, max = 53.5) double lat) {
    for (ChineseWebDatum datum : ChineseWebDatum.values()) {
      double[] shown = datum.fromWgs84(lon, lat);
      double[] back = datum.toWgs84(shown[0], shown[1]);
      assertThat(Geodesic.WGS84.Inverse(lat, lon, back[1], back[0]).s12).isLessThan(0.001);
    }
  }

  /** Jiefangbei: GCJ-02 moves it a few hundred metres, as Amap shows it. */
  @Test
  void theOffsetInChongqingIsHundredsOfMetres() {
    double[] gcj = ChineseWebDatum.GCJ02.fromWgs84(106.577, 29.5575);
    double metres = Geodesic.WGS84.Inverse(29.5575, 106.577, gcj[1], gcj[0]).s12;
    assertThat(metres).isBetween(200.0, 700.0);
  }

  @Test
  void pointsOutsideChinaAreNotMoved() {
    assertThat(ChineseWebDatum.GCJ02.toWgs84(139.69, 35.69)).containsExactly(139.69, 35.69);
  }

  @Test
  void parsesTheWaysUsersWriteThem() {
    assertThat(ChineseWebDatum.parse("GCJ-02")).contains(ChineseWebDatum.GCJ02);
    assertThat(ChineseWebDatum.parse("bd09")).contains(ChineseWebDatum.BD09);
    assertThat(ChineseWebDatum.parse("wgs84")).isEmpty();
  }
}
