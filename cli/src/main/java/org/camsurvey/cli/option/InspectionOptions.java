package org.camsurvey.cli.option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.law.DayCount;
import org.camsurvey.report.Inspector;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of an inspection report: who inspected, and the rectification deadline. Not
 * required by picocli, since {@code batch} takes them only with {@code --reports}; {@link
 * #inspectors} enforces the two officers with their certificates (《行政处罚法》 Art. 42).
 */
public final class InspectionOptions {
  @Option(names = "--inspector", paramLabel = "NAME:CERT",
      description = "An inspector's name and law-enforcement certificate number (执法证号), as 张伟:50010012345"
          + " (a full-width ： too); give it once per inspector: at least two (行政处罚法 Art. 42).")
  List<String> inspectors = new ArrayList<>();

  @Option(names = "--deadline", paramLabel = "DAYS|DATE", defaultValue = "15",
      description = "Rectification deadline: days after the inspection date (from the next day; a last day on a rest day "
          + "or holiday moves to the next working day), or a date (default: ${DEFAULT-VALUE} days).")
  String deadline;

  /**
   * The inspectors given, each once; a usage error when one lacks a certificate number, when two
   * share a number, or when fewer than two are given.
   */
  public List<Inspector> inspectors(CommandLine commandLine) {
    List<Inspector> team = new ArrayList<>();
    for (String given : inspectors) {
      Inspector inspector;
      try {
        inspector = Inspector.parse(given);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(commandLine, "--inspector " + e.getMessage());
      }
      Inspector same = team.stream().filter(i -> i.certificate().equals(inspector.certificate())).findFirst().orElse(null);
      if (same == null) {
        team.add(inspector);
      } else if (!same.name().equals(inspector.name())) {
        throw new ParameterException(commandLine, "--inspector: " + same.name() + " and " + inspector.name()
            + " give the same certificate number " + inspector.certificate());
      }
    }
    if (team.size() < 2) {
      throw new ParameterException(commandLine, "an inspection takes at least two law-enforcement officers"
          + " (行政处罚法 Art. 42): give --inspector NAME:CERT for each, as --inspector 张伟:50010012345");
    }
    return team;
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
