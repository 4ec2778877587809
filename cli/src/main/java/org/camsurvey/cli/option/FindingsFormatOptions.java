package org.camsurvey.cli.option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.cli.run.TerminalInfo;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.report.FindingMessages;
import org.camsurvey.report.FindingsCsv;
import org.camsurvey.report.FindingsGeoJson;
import org.camsurvey.report.FindingsJson;
import org.camsurvey.report.FindingsTable;
import org.camsurvey.rules.CheckResult;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --format} and {@code --width}: how the commands that print findings ({@code check},
 * {@code diff}) print them, and the printing itself. A table is sized and coloured for the
 * terminal only when it goes there.
 */
public final class FindingsFormatOptions {
  /** The ways findings can be printed. */
  public enum Format {
    table,
    json,
    csv,
    geojson
  }

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, json, csv or geojson (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--width", paramLabel = "COLUMNS",
      description = "Width of the table format (default: the terminal's, or $COLUMNS there; 80 into a file or pipe).")
  Integer width;

  /** Refuses a width too narrow for the table, before any work. */
  public void validate(CommandLine commandLine) {
    if (width != null && width < 40) {
      throw new ParameterException(commandLine, "--width must be at least 40 columns");
    }
  }

  /**
   * Writes the findings in the format asked for, to the output asked for.
   *
   * @param inputs the inputs the output must not overwrite
   * @param input the input as the user named it, for the JSON document
   */
  public void print(CommandLine commandLine, OutputOptions output, List<Path> inputs, CheckResult result,
      FindingMessages messages, String input) throws IOException {
    boolean toStdout = output.toStandardOutput();
    TerminalInfo terminal = TerminalInfo.current();
    OutputFile.write(output.file(), output.force(), inputs, commandLine.getOut(), out -> {
      switch (format) {
        case json -> FindingsJson.write(result, VersionProvider.version(), input, messages, out);
        case csv -> FindingsCsv.write(result, messages, out);
        case geojson -> FindingsGeoJson.write(result, messages, out);
        case table -> FindingsTable.write(result, messages, terminal.width(width, toStdout),
            terminal.colourOnStdout() && toStdout, out instanceof PrintWriter p ? p : new PrintWriter(out));
      }
    });
  }
}
