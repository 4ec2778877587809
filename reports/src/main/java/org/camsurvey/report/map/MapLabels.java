package org.camsurvey.report.map;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places labels on a map so that none covers another, a camera symbol or a finding's number, and
 * none leaves its panel: each tries the places beside what it names, then farther away (drawn
 * with a leader line); one that finds no place is dropped and counted, for the legend to say so.
 */
final class MapLabels {
  /** Gaps tried between the point and the label, in points; past the first a leader line is drawn. */
  private static final double[] RINGS = {2, 10, 22};
  private static final double LEADER_FROM = 5;

  /** Where a label went. */
  record Placed(Rectangle2D box, boolean leader) {}

  private final Rectangle2D bounds;
  private final List<Rectangle2D> taken = new ArrayList<>();
  private int dropped;

  MapLabels(Rectangle2D bounds) {
    this.bounds = bounds;
  }

  /** Keeps labels off a drawn symbol. */
  void block(Rectangle2D box) {
    taken.add(box);
  }

  /**
   * Places a label of a size for the point (x, y), centred on it first where {@code centred}
   * (a finding's number may stand on the part it marks).
   */
  Optional<Placed> place(double x, double y, double width, double height, boolean centred) {
    if (centred) {
      Rectangle2D box = new Rectangle2D.Double(x - width / 2, y - height / 2, width, height);
      if (free(box)) {
        taken.add(box);
        return Optional.of(new Placed(box, false));
      }
    }
    for (double gap : RINGS) {
      for (double[] o : offsets(gap, width, height)) {
        Rectangle2D box = new Rectangle2D.Double(x + o[0], y + o[1], width, height);
        if (free(box)) {
          taken.add(box);
          return Optional.of(new Placed(box, gap > LEADER_FROM));
        }
      }
    }
    dropped++;
    return Optional.empty();
  }

  /** How many labels found no place. */
  int dropped() {
    return dropped;
  }

  /** The corners of the label around the point, right and above first, as one reads. */
  private static double[][] offsets(double gap, double w, double h) {
    return new double[][] {
      {gap, gap}, {gap, -gap - h}, {-gap - w, gap}, {-gap - w, -gap - h},
      {-w / 2, gap + 1}, {-w / 2, -gap - 1 - h}, {gap + 1, -h / 2}, {-gap - 1 - w, -h / 2}
    };
  }

  private boolean free(Rectangle2D box) {
    if (!bounds.contains(box)) {
      return false;
    }
    for (Rectangle2D other : taken) {
      if (other.intersects(box)) {
        return false;
      }
    }
    return true;
  }
}
