package org.camsurvey.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's rest days: Saturdays and Sundays, less the weekend days made working days (调休), plus
 * the statutory holidays, as the State Council's yearly notices arrange them.
 *
 * <p>The arrangements are data ({@code holidays-cn.txt}), one notice a year; a year without its
 * notice is not {@linkplain #covers(int) covered}, and only its weekends are known to be rest days.
 */
public final class HolidayCalendar {
  private static final String RESOURCE = "holidays-cn.txt";
  private static final HolidayCalendar SHIPPED = load();

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekendDays;
  private final Set<Integer> years;

  /**
   * @param holidays the days a notice made holidays
   * @param workingWeekendDays the Saturdays and Sundays a notice made working days
   * @param years the years whose notices these are
   */
  public HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays, Set<Integer> years) {
    this.holidays = Set.copyOf(holidays);
    this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    this.years = Set.copyOf(years);
  }

  /** The calendar the project ships, from the State Council's notices. */
  public static HolidayCalendar shipped() {
    return SHIPPED;
  }

  /** Whether the calendar has the year's notice, so that its holidays are known. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** The years the calendar has notices for, in order. */
  public Set<Integer> years() {
    return new TreeSet<>(years);
  }

  /** Whether the day is a holiday, or a weekend day not made a working day. */
  public boolean isRestDay(LocalDate day) {
    if (holidays.contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return weekend && !workingWeekendDays.contains(day);
  }

  private static HolidayCalendar load() {
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> working = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    try (InputStream in = Objects.requireNonNull(HolidayCalendar.class.getResourceAsStream(RESOURCE),
        "the holiday calendar " + RESOURCE + " is missing from the build");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] w = line.strip().split("\\s+");
        switch (w[0]) {
          case "notice" -> years.add(Integer.parseInt(w[1]));
          case "off" -> {
            LocalDate first = LocalDate.parse(w[1]);
            LocalDate last = isDate(w[2]) ? LocalDate.parse(w[2]) : first;
            first.datesUntil(last.plusDays(1)).forEach(holidays::add);
          }
          case "work" -> working.add(LocalDate.parse(w[1]));
          default -> {
            if (!w[0].isEmpty() && !w[0].startsWith("#")) {
              throw new IllegalStateException(RESOURCE + ": a line of unknown kind: " + line);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HolidayCalendar(holidays, working, years);
  }

  private static boolean isDate(String word) {
    return word.matches("\\d{4}-\\d{2}-\\d{2}");
  }
}
