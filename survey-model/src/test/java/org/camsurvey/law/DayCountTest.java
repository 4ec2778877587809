package org.camsurvey.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Periods counted from the day after the event, a last day on a rest day moved to the next working day. */
class DayCountTest {
  private static final DayCount SHIPPED = DayCount.shipped();

  @ParameterizedTest(name = "{0} + {1} days: {2}")
  @CsvSource({
      // Art. 15 ¶2: the 30th day after 2009-12-11 is Sunday 2010-01-10
      "2009-12-11, 30, 2010-01-11",
      // a working day stays
      "2024-03-04, 1,  2024-03-05",
      // a Saturday moves to Monday
      "2024-03-08, 1,  2024-03-11",
      // into the 2024 National Day holiday (10-01..10-07): the next working day is Tuesday 10-08
      "2024-09-20, 11, 2024-10-08",
      // a weekend day made a working day (调休) ends the period where it falls: Sunday 2024-09-29
      "2024-09-14, 15, 2024-09-29",
      // Spring Festival 2010 (02-13..02-19), then Saturday 02-20 was a working day
      "2010-02-01, 13, 2010-02-20",
      // New Year 2010: Jan 1-3 off
      "2009-12-31, 1,  2010-01-04",
      // the inspection deadline of the sample's golden report
      "2026-12-01, 15, 2026-12-16",
      // zero days: the event's own day, if a working day
      "2024-03-04, 0,  2024-03-04"})
  void lastDays(String event, int days, String last) {
    DayCount.LastDay day = SHIPPED.lastDay(LocalDate.parse(event), days);

    assertThat(day.date()).isEqualTo(LocalDate.parse(last));
    assertThat(day.uncovered()).isEmpty();
  }

  @Test
  void theShippedCalendarCoversEveryYearFrom2009To2026() {
    HolidayCalendar calendar = HolidayCalendar.shipped();

    for (int year = 2009; year <= 2026; year++) {
      assertThat(calendar.covers(year)).as("%d", year).isTrue();
    }
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(calendar.isRestDay(LocalDate.of(2010, 1, 3))).as("New Year 2010, a Sunday").isTrue();
    assertThat(calendar.isRestDay(LocalDate.of(2020, 1, 31))).as("the 2020 Spring Festival extension").isTrue();
    assertThat(calendar.isRestDay(LocalDate.of(2015, 9, 3))).as("the 2015 victory day").isTrue();
    assertThat(calendar.isRestDay(LocalDate.of(2026, 2, 14))).as("a Saturday made a working day").isFalse();
  }

  @Test
  void aYearTheCalendarLacksCountsWeekendsAloneAndSaysSo() {
    // 2027-10-01 is a Friday: without the 2027 notice it is a working day
    DayCount.LastDay day = SHIPPED.lastDay(LocalDate.parse("2027-09-16"), 15);

    assertThat(day.date()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(day.uncovered()).containsExactly(2027);
    // a period running out of 2026 into 2027 over a weekend names 2027 only
    DayCount.LastDay across = SHIPPED.lastDay(LocalDate.parse("2026-12-31"), 2);
    assertThat(across.date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(across.uncovered()).containsExactly(2027);
  }

  @Test
  void aCalendarOfItsOwnIsCountedBy() {
    HolidayCalendar none = new HolidayCalendar(Set.of(LocalDate.of(2030, 5, 6)), Set.of(), Set.of(2030));

    assertThat(new DayCount(none).lastDay(LocalDate.of(2030, 5, 3), 1).date())
        .as("Saturday, Sunday, then the holiday").isEqualTo(LocalDate.of(2030, 5, 7));
    assertThatThrownBy(() -> SHIPPED.lastDay(LocalDate.of(2024, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
