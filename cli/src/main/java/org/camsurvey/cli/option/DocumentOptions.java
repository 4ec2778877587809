package org.camsurvey.cli.option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.model.Survey;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.FontException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the commands that write documents for the authorities: date and font. */
public final class DocumentOptions {
  @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
      description = {"The date the document bears (YYYY-MM-DD); by default the latest installed or filed",
        "date in the survey, so that the same survey always gives the same document."})
  LocalDate date;

  @Option(names = "--font", paramLabel = "FILE[,INDEX]",
      description = {"A TrueType CJK font to embed instead of the bundled Noto Sans SC",
        "(FILE.ttf, FILE.otf, or FILE.ttc,INDEX for one face of a collection)."})
  String font;

  /** The date asked for, if one was. */
  public Optional<LocalDate> givenDate() {
    return Optional.ofNullable(date);
  }

  /** The date asked for, else the survey's latest installed or filed date. */
  public LocalDate date(Survey survey) {
    if (date != null) {
      return date;
    }
    return survey.cameras().stream()
        .flatMap(c -> Stream.of(c.installed(), c.filed()))
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElseThrow(() -> new CommandFailure(ExitCode.USAGE,
            "the survey has no installed or filed dates to date the document by; give --date YYYY-MM-DD"));
  }

  /** The font to embed, or a usage error saying why it cannot be had. */
  public DocumentFont font() {
    try {
      return font == null ? DocumentFont.bundled() : DocumentFont.file(font);
    } catch (FontException e) {
      throw font == null ? new CommandFailure(ExitCode.FAILURE, e.getMessage())
          : new CommandFailure(ExitCode.USAGE, "--font: " + e.getMessage());
    }
  }

  /** Reads YYYY-MM-DD. */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
      }
    }
  }
}
