package org.camsurvey.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.LawId;

/**
 * How strictly a check judges, and by which laws.
 *
 * @param minCover the coverage a mandated zone needs where the zone sets none (0..1)
 * @param quality the image quality at which mandated coverage counts
 * @param laws the laws the survey is judged by, each once, in the order findings are given
 * @param date the day judged on, against which periods such as the regulation's filing period
 *     have ended or not; null for the day the check runs
 */
public record CheckOptions(double minCover, ImageQuality quality, List<LawId> laws, LocalDate date) {
  public static final double DEFAULT_MIN_COVER = 0.9;

  public CheckOptions {
    Objects.requireNonNull(quality, "quality");
    if (!(minCover >= 0 && minCover <= 1)) {
      throw new IllegalArgumentException("min cover must be within 0..1: " + minCover);
    }
    laws = List.copyOf(laws);
    if (laws.isEmpty() || laws.stream().distinct().count() != laws.size()) {
      throw new IllegalArgumentException("a check needs one or more laws, each once: " + laws);
    }
  }

  /** Judged by the measures alone, on the day the check runs. */
  public CheckOptions(double minCover, ImageQuality quality) {
    this(minCover, quality, List.of(LawId.CQ2009), null);
  }

  public static CheckOptions defaults() {
    return new CheckOptions(DEFAULT_MIN_COVER, ImageQuality.OBSERVE);
  }

  /** These options judged on another day. */
  public CheckOptions withDate(LocalDate day) {
    return new CheckOptions(minCover, quality, laws, day);
  }

  /** The day judged on: {@link #date}, else today. */
  public LocalDate judgedOn() {
    return date != null ? date : LocalDate.now();
  }
}
