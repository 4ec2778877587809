package org.camsurvey.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.ForceOption;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.ProgressOptions;
import org.camsurvey.cli.option.SummaryFormat;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.cli.run.Progress;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.RawLayer;
import org.camsurvey.report.FindingMessages;
import org.camsurvey.report.ImportSummary;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.SurveyLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey import SRC… -o SURVEY.gpkg}: one validated survey GeoPackage from any inputs. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads surveys in any container, validates them as one and writes a survey GeoPackage.",
      "Layers of the same name in several inputs are merged, each record keeping its own CRS. "
          + "Prints what was read from each input and every data warning."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "2:the command line is wrong (the output exists without --force, or is an input)",
      "3:input rejected (with --strict: also any repair, default or guess it would need)",
      "4:any other failure"
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "1..*", paramLabel = "SRC",
      description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file.")
  List<Path> sources;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "SURVEY.gpkg", description = "The GeoPackage to write.")
  Path output;

  @Mixin ForceOption force;

  @Option(names = "--strict", description = {
      "Refuse the input rather than repair, default or guess anything: any data warning "
          + "(repaired geometry, defaulted or missing field, guessed encoding, …) ends with exit 3 and nothing written."})
  boolean strict;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Mixin ProgressOptions progressOptions;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "How to print what was read: text, or json (inputs with their layers' record counts, "
          + "the summary, data warnings as check --format json writes findings) (default: ${DEFAULT-VALUE}).")
  SummaryFormat format;

  @Override
  public Integer call() throws Exception {
    String name = output.getFileName() == null ? "" : output.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
      throw new CommandFailure(ExitCode.USAGE, output + ": import writes a survey GeoPackage; name the file *.gpkg");
    }
    List<Path> readFiles = importOptions.inputs(sources.toArray(Path[]::new));
    OutputFile.requireWritable(output, force.force(), readFiles);
    ImportOptions options = importOptions.toImportOptions();
    List<ImportSummary.Input> inputs = new ArrayList<>();
    List<RawLayer> layers = new ArrayList<>();
    try (Progress reading = progressOptions.start("reading", bytes(sources, options), Progress.Unit.BYTES)) {
      for (Path source : sources) {
        List<RawLayer> read = SurveyReader.readLayers(source, options);
        inputs.add(new ImportSummary.Input(source.toString(), read));
        layers.addAll(read);
        reading.step(bytes(List.of(source), options));
      }
    }
    // one input names the survey as check would; several are named after the survey written
    String surveyName = sources.size() == 1 ? SurveyReader.surveyName(sources.get(0)) : name.substring(0, name.length() - 5);
    Survey survey = SurveyReader.assemble(surveyName, layers, options);
    FindingMessages messages = FindingMessages.of(language.orLocale());
    if (strict && !survey.importWarnings().isEmpty()) {
      List<String> reasons = survey.importWarnings().stream().map(messages::message).toList();
      throw new CommandFailure(ExitCode.INPUT, "--strict: the input needs " + reasons.size()
          + " repair(s) or assumption(s), so nothing was written:" + System.lineSeparator() + "  "
          + String.join(System.lineSeparator() + "  ", reasons));
    }
    OutputFile.writeFile(output, force.force(), readFiles, target -> GeoPackageWriter.write(target,
        SurveyLayers.of(survey, output.toAbsolutePath().getParent())));
    if (format == SummaryFormat.json) {
      ImportSummary.writeJson(inputs, survey, output.toString(), VersionProvider.version(), messages,
          spec.commandLine().getOut());
    } else {
      ImportSummary.write(inputs, survey, output.toString(), messages, spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }

  /** The size of the files the inputs are read from, which the progress of reading counts. */
  private static long bytes(List<Path> sources, ImportOptions options) throws IOException {
    long total = 0;
    for (Path source : sources) {
      for (Path file : SurveyReader.inputFiles(source, options)) {
        total += Files.size(file);
      }
    }
    return total;
  }
}
