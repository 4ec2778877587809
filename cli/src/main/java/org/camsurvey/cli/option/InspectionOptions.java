package org.camsurvey.cli.option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.CommandFailure;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.law.DayCount;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of an inspection report: who inspected, and the rectification deadline. Not
 * required by picocli, since {@code batch} takes them only with {@code --reports}; {@link
 * #inspectors} enforces the two inspectors.
 */
public final class InspectionOptions {
  @Option(names = "--inspector", paramLabel = "NAME",
      description = "An inspector's name; give it once per inspector (Art. 18(1): at least two).")
  List<String> inspectors = new ArrayList<>();

  @Option(names = "--deadline", paramLabel = "DAYS|DATE", defaultValue = "15",
      description = "Rectification deadline: days after the inspection date (from the next day; a last day on a rest day "
          + "or holiday moves to the next working day), or a date (default: ${DEFAULT-VALUE} days).")
  String deadline;

  /** The inspectors named, each once; a usage error when fewer than two. */
  public List<String> inspectors(CommandLine commandLine) {
    List<String> names = inspectors.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (names.size() < 2) {
      throw new ParameterException(commandLine,
          "an inspection takes at least two inspectors (Art. 18(1)): give --inspector NAME for each");
    }
    return names;
  }

  /** The deadline as given, checked for its form before any work. */
  public Deadline deadline(CommandLine commandLine) {
    String d = deadline.strip();
    if (d.matches("\\d{1,4}")) {
      return new Deadline(Integer.parseInt(d), null);
    }
    try {
      return new Deadline(0, LocalDate.parse(d));
    } catch (DateTimeParseException e) {
      throw new ParameterException(commandLine, "--deadline takes a number of days or a date (YYYY-MM-DD), not '" + d + "'");
    }
  }

  /**
   * A rectification deadline: a number of days after the inspection, counted as every period is
   * ({@link DayCount}: from the day after, a last day on a rest day moved to the next working
   * day), or a date.
   *
   * @param days the days after the inspection date, when {@code date} is null
   * @param date the date, or null
   */
  public record Deadline(int days, LocalDate date) {
    /**
     * The deadline of an inspection on {@code inspected}.
     *
     * @throws CommandFailure (usage) when the date given is before it
     */
    public LocalDate after(LocalDate inspected) {
      return due(inspected).date();
    }

    /**
     * The deadline's last day, and the years the holiday calendar lacks that counting it looked at.
     *
     * @throws CommandFailure (usage) when the date given is before the inspection
     */
    public DayCount.LastDay due(LocalDate inspected) {
      if (date == null) {
        return DayCount.shipped().lastDay(inspected, days);
      }
      if (date.isBefore(inspected)) {
        throw new CommandFailure(ExitCode.USAGE, "--deadline " + date + " is before the inspection date " + inspected);
      }
      return new DayCount.LastDay(date, java.util.Set.of());
    }
  }
}
