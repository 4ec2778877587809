package org.camsurvey.rules;

import org.camsurvey.model.Survey;
import org.locationtech.jts.geom.Geometry;

/** How rules measure and round the figures findings carry. */
final class Figures {
  private Figures() {}

  /** A geometry's area on the ground, in square metres. */
  static double groundArea(Survey survey, Geometry geometry) {
    if (geometry.isEmpty()) {
      return 0;
    }
    return survey.frame().groundArea(geometry.getArea(), geometry.getEnvelopeInternal().centre());
  }

  /** Rounds half away from zero to a number of decimals, for figures people read. */
  static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
  }

  /** Cuts a number to a number of decimals, towards zero. */
  static double roundDown(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.DOWN).doubleValue();
  }
}
