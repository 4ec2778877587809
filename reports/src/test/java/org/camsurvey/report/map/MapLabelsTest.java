package org.camsurvey.report.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MapLabelsTest {
  private static final Rectangle2D PANEL = new Rectangle2D.Double(0, 40, 300, 200);

  record Request(double x, double y, double width, double height, boolean centred) {}

  @Property(tries = 300)
  void placedLabelsNeverOverlapEachOtherOrASymbolAndStayInTheirPanel(
      @ForAll("symbols") @Size(max = 40) List<Request> symbols,
      @ForAll("labels") @Size(max = 80) List<Request> requests) {
    MapLabels labels = new MapLabels(PANEL);
    List<Rectangle2D> blocked = new ArrayList<>();
    for (Request s : symbols) {
      Rectangle2D box = MapStyle.cameraBox(s.x(), s.y());
      labels.block(box);
      blocked.add(box);
    }
    List<Rectangle2D> placed = new ArrayList<>();
    for (Request r : requests) {
      labels.place(r.x(), r.y(), r.width(), r.height(), r.centred()).ifPresent(p -> placed.add(p.box()));
    }

    assertThat(placed.size() + labels.dropped()).isEqualTo(requests.size());
    for (int i = 0; i < placed.size(); i++) {
      Rectangle2D a = placed.get(i);
      assertThat(PANEL.contains(a)).as("%s inside the panel", a).isTrue();
      for (Rectangle2D b : blocked) {
        assertThat(a.intersects(b)).as("%s over symbol %s", a, b).isFalse();
      }
      for (int j = i + 1; j < placed.size(); j++) {
        assertThat(a.intersects(placed.get(j))).as("%s over %s", a, placed.get(j)).isFalse();
      }
    }
  }

  @Provide
  Arbitrary<List<Request>> symbols() {
    return requests(Arbitraries.just(6.0), Arbitraries.just(false)).list();
  }

  @Provide
  Arbitrary<List<Request>> labels() {
    return requests(Arbitraries.doubles().between(4, 60), Arbitraries.of(true, false)).list();
  }

  private static Arbitrary<Request> requests(Arbitrary<Double> width, Arbitrary<Boolean> centred) {
    Arbitrary<Double> x = Arbitraries.doubles().between(-10, 310);
    Arbitrary<Double> y = Arbitraries.doubles().between(30, 250);
    return Combinators.combine(x, y, width, centred).as((px, py, w, c) -> new Request(px, py, w, 8.5, c));
  }

  @Test
  void aLabelThatFindsNoPlaceIsCountedNotDrawnOverAnother() {
    MapLabels labels = new MapLabels(new Rectangle2D.Double(0, 0, 30, 12));

    assertThat(labels.place(15, 6, 28, 10, true)).isPresent();
    assertThat(labels.place(15, 6, 28, 10, true)).isEmpty();
    assertThat(labels.dropped()).isEqualTo(1);
  }

  @Test
  void aLabelCrowdedAwayFromItsPointIsDrawnWithALeaderLine() {
    MapLabels labels = new MapLabels(new Rectangle2D.Double(0, 0, 200, 200));
    labels.block(new Rectangle2D.Double(80, 80, 40, 40));

    MapLabels.Placed placed = labels.place(100, 100, 20, 8, false).orElseThrow();

    assertThat(placed.leader()).isTrue();
    assertThat(placed.box().intersects(new Rectangle2D.Double(80, 80, 40, 40))).isFalse();
  }
}
