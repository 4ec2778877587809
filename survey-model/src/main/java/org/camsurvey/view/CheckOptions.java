package org.camsurvey.view;

import java.util.Objects;
import org.camsurvey.geo.ImageQuality;

/**
 * How strictly a check judges.
 *
 * @param minCover the coverage a mandated zone needs where the zone sets none (0..1)
 * @param quality the image quality at which mandated coverage counts
 */
public record CheckOptions(double minCover, ImageQuality quality) {
  public static final double DEFAULT_MIN_COVER = 0.9;

  public CheckOptions {
    Objects.requireNonNull(quality, "quality");
    if (!(minCover >= 0 && minCover <= 1)) {
      throw new IllegalArgumentException("min cover must be within 0..1: " + minCover);
    }
  }

  public static CheckOptions defaults() {
    return new CheckOptions(DEFAULT_MIN_COVER, ImageQuality.OBSERVE);
  }
}
