package org.camsurvey.law;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;

/**
 * The one rule every period of days is counted by (民法典 Arts. 201 and 203, as the measures
 * and the 2025 regulation leave it): the day of the event is not counted, the period starts the
 * day after; a last day that is a rest day or a statutory holiday moves to the next working day.
 *
 * <p>Art. 15 ¶2's 30 days from 2009-12-11 end on 2010-01-10, a Sunday, so on Monday 2010-01-11.
 */
public final class DayCount {
  private final HolidayCalendar calendar;

  public DayCount(HolidayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Counting by the shipped calendar. */
  public static DayCount shipped() {
    return new DayCount(HolidayCalendar.shipped());
  }

  /**
   * The last day of a period.
   *
   * @param date the last day: a working day of the calendar, never before event + days
   * @param uncovered the years looked at that the calendar has no notice for (their weekends
   *     alone were taken as rest days), in order; empty when the calendar knew every day
   */
  public record LastDay(LocalDate date, Set<Integer> uncovered) {
    public LastDay {
      Objects.requireNonNull(date, "date");
      uncovered = Collections.unmodifiableSortedSet(new TreeSet<>(uncovered));
    }

    /**
     * A warning for each year the counting looked at that the calendar lacks: a document whose
     * deadline this is says that the day was counted by weekends alone.
     */
    public List<Finding> warnings() {
      return uncovered.stream().map(year -> Finding.of(FindingCode.DATA_CALENDAR_MISSING)
          .figure("year", year).figure("last_day", date.toString()).build()).toList();
    }
  }

  /**
   * The last day of a period of {@code days} days counted from {@code event}.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LastDay lastDay(LocalDate event, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("a period of " + days + " days");
    }
    LocalDate day = event.plusDays(days);
    Set<Integer> uncovered = new TreeSet<>();
    while (true) {
      if (!calendar.covers(day.getYear())) {
        uncovered.add(day.getYear());
      }
      if (!calendar.isRestDay(day)) {
        return new LastDay(day, uncovered);
      }
      day = day.plusDays(1);
    }
  }
}
