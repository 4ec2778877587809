package org.camsurvey.report.map;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Finding;

/**
 * A finding with the number it has in the text the map stands in, so that the map marks it with
 * that number.
 */
public record MapFinding(int number, Finding finding) {

  /** Findings numbered 1, 2, … in the order given, as a list with no text of its own numbers them. */
  public static List<MapFinding> numbered(List<Finding> findings) {
    List<MapFinding> numbered = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      numbered.add(new MapFinding(numbered.size() + 1, f));
    }
    return numbered;
  }

  String label() {
    return Integer.toString(number);
  }
}
