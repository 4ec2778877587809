package org.camsurvey.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For any event in the years the calendar covers and any period, the last day is a working day
 * of the shipped calendar, never before event + period, and the first such day: every day
 * between is a rest day.
 */
class DayCountPropertiesTest {
  private static final HolidayCalendar CALENDAR = HolidayCalendar.shipped();
  private static final DayCount COUNT = new DayCount(CALENDAR);
  private static final LocalDate FIRST = LocalDate.of(2009, 1, 1);

  @Property(tries = 2000)
  void theLastDayIsTheFirstWorkingDayFromEventPlusPeriod(
      @ForAll @IntRange(min = 0, max = 6300) int dayOfRange, @ForAll @IntRange(min = 0, max = 400) int days) {
    LocalDate event = FIRST.plusDays(dayOfRange);
    DayCount.LastDay last = COUNT.lastDay(event, days);

    assertThat(CALENDAR.isRestDay(last.date())).as("%s + %d → %s", event, days, last.date()).isFalse();
    assertThat(last.date()).isAfterOrEqualTo(event.plusDays(days));
    for (LocalDate d = event.plusDays(days); d.isBefore(last.date()); d = d.plusDays(1)) {
      assertThat(CALENDAR.isRestDay(d)).as("%s skipped", d).isTrue();
    }
    boolean covered = last.date().getYear() <= 2026;
    assertThat(last.uncovered().isEmpty()).isEqualTo(covered);
  }

  /** The longest break the notices made was ten days (the 2020 Spring Festival, extended): a typo would show longer. */
  @Property(tries = 1000)
  void noRunOfRestDaysInTheShippedCalendarIsLongerThanTenDays(@ForAll @IntRange(min = 0, max = 6570) int dayOfRange) {
    LocalDate event = FIRST.plusDays(dayOfRange);

    assertThat(COUNT.lastDay(event, 0).date()).isBefore(event.plusDays(11));
  }
}
