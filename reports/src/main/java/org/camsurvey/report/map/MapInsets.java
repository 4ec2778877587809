package org.camsurvey.report.map;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The insets of a map: where a finding's part would be drawn smaller than a reader can see (a
 * 48 m² intrusion on a map of a 300 m street), it is drawn again beside the map at its own scale.
 * Findings near each other share an inset.
 */
final class MapInsets {
  /** A part drawn less than this across, in points, gets an inset. */
  static final double SMALL_POINTS = 20;
  /** An inset shows its findings at about a quarter of its width, and never less than this much ground, in metres. */
  private static final double MIN_GROUND_METRES = 12;

  /** One inset: its letter on the map, the ground it shows, the findings it is for. */
  record Inset(String letter, Envelope ground, List<MapFinding> findings) {}

  private MapInsets() {}

  /** Whether a finding's part is too small to see at a scale (points per metre). */
  static boolean tooSmall(Geometry part, double scale) {
    if (part == null || part.getDimension() < 2 || part.isEmpty()) {
      return false;
    }
    Envelope e = part.getEnvelopeInternal();
    return Math.max(e.getWidth(), e.getHeight()) * scale < SMALL_POINTS;
  }

  /**
   * Groups small findings into insets of a shape (width over height), in the order given; each
   * inset's ground holds the parts of all its findings.
   */
  static List<Inset> of(List<MapFinding> small, double aspect) {
    List<Envelope> grounds = new ArrayList<>();
    List<List<MapFinding>> members = new ArrayList<>();
    for (MapFinding f : small) {
      Envelope part = f.finding().geometry().getEnvelopeInternal();
      int home = -1;
      for (int i = 0; i < grounds.size() && home < 0; i++) {
        if (grounds.get(i).contains(part)) {
          home = i;
        }
      }
      if (home < 0) {
        grounds.add(window(part, aspect));
        members.add(new ArrayList<>());
        home = grounds.size() - 1;
      }
      members.get(home).add(f);
    }
    List<Inset> insets = new ArrayList<>();
    for (int i = 0; i < grounds.size(); i++) {
      insets.add(new Inset(letter(i), grounds.get(i), List.copyOf(members.get(i))));
    }
    return insets;
  }

  private static Envelope window(Envelope part, double aspect) {
    double side = Math.max(MIN_GROUND_METRES, 4 * Math.max(part.getWidth(), part.getHeight()));
    double width = aspect >= 1 ? side * aspect : side;
    double height = aspect >= 1 ? side : side / aspect;
    double cx = part.centre().x;
    double cy = part.centre().y;
    return new Envelope(cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2);
  }

  /** A, B, … Z, AA, AB, … */
  static String letter(int index) {
    String s = "";
    int i = index;
    do {
      s = (char) ('A' + i % 26) + s;
      i = i / 26 - 1;
    } while (i >= 0);
    return s;
  }
}
