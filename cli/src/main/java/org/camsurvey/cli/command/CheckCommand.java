package org.camsurvey.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.BaselineOptions;
import org.camsurvey.cli.option.CheckOptionsMixin;
import org.camsurvey.cli.option.FindingsFormatOptions;
import org.camsurvey.cli.option.DocumentOptions;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.OutputOptions;
import org.camsurvey.cli.option.MapImageOptions;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.model.Survey;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.FindingMessages;
import org.camsurvey.report.FindingsKml;
import org.camsurvey.report.FindingsLayer;
import org.camsurvey.report.map.SiteMapImages;
import org.camsurvey.rules.Art10BaselineRule;
import org.camsurvey.rules.BaselineTolerances;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.rules.Rule;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey check SURVEY}: runs every rule and prints the findings. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Runs every rule on a survey and prints the findings.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no violation found (deficiencies and warnings may be)",
      "1:at least one violation found",
      "2:the command line is wrong",
      "3:input rejected",
      "4:any other failure"
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SURVEY",
      description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file; in the shell, the open survey when left out.")
  Path survey;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Option(names = "--baseline", paramLabel = "FILED",
      description = "The survey as filed: adds what moved, turned or changed its view since (Art. 10), and "
          + "each forbidden zone a changed camera now sees that it did not (Art. 20(2)).")
  Path baseline;

  @Mixin BaselineOptions tolerances;

  @Mixin FindingsFormatOptions findingsFormat;

  @Mixin CheckOptionsMixin checkOptions;

  @Option(names = "--date", paramLabel = "DATE", converter = DocumentOptions.DateConverter.class,
      description = "The day the survey is judged on (YYYY-MM-DD), against which the regulation's filing periods have "
          + "ended or not (default: today).")
  LocalDate date;

  @Mixin OutputOptions output;

  @Option(names = "--out", paramLabel = "FILE",
      description = {
        "Also write the findings as a map, by FILE's extension: .gpkg (the survey's layers and a",
        "layer 'findings', for QGIS), .kml or .kmz (Google Earth, styled by severity); messages in --lang."
      })
  Path mapOutput;

  @Mixin MapImageOptions mapImages;

  @Override
  public Integer call() throws Exception {
    survey = importOptions.surveyOrOpen(survey, "SURVEY");
    CheckOptions judged = checkOptions.toCheckOptions(date);
    findingsFormat.validate(spec.commandLine());
    List<Path> inputs = importOptions.inputs(survey, baseline);
    if (mapOutput != null) {
      mapFormat();
      if (output.file() != null
          && output.file().toAbsolutePath().normalize().equals(mapOutput.toAbsolutePath().normalize())) {
        throw new CommandFailure(ExitCode.USAGE, mapOutput + ": -o and --out name the same file");
      }
      OutputFile.requireWritable(mapOutput, output.force(), inputs);
    }
    if (!output.toStandardOutput()) {
      OutputFile.requireWritable(output.file(), output.force(), inputs);
    }
    mapImages.requireFolders(inputs);
    BaselineTolerances baselineTolerances = tolerances.toTolerances();
    Survey loaded = importOptions.read(survey);
    if (!loaded.hasLayer("zones")) {
      throw new CommandFailure(ExitCode.INPUT,
          survey + ": has no zones layer; check needs the places Art. 8 mandates and Art. 9 forbids (zones.geojson or zones.csv)");
    }
    List<Rule> more = baseline == null ? List.of()
        : List.of(new Art10BaselineRule(importOptions.read(baseline), baselineTolerances));
    CheckResult result = Checker.check(loaded, judged, more);
    FindingMessages messages = FindingMessages.of(language.orLocale());
    if (mapOutput != null) {
      writeMap(loaded, result, messages, inputs);
    }
    if (mapImages.any()) {
      mapImages.write(SiteMapImages.bySite(result.scene(), DocumentText.of(messages.language()), result.findings()),
          loaded.sites(), output.force(), inputs);
    }
    findingsFormat.print(spec.commandLine(), output, inputs, result, messages, survey.toString());
    return result.hasViolations() ? ExitCode.VIOLATIONS : ExitCode.OK;
  }


  /** The formats {@code --out} writes, by the file's extension. */
  private String mapFormat() {
    String name = mapOutput.getFileName() == null ? "" : mapOutput.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String format : List.of("gpkg", "kml", "kmz")) {
      if (name.endsWith("." + format)) {
        return format;
      }
    }
    throw new ParameterException(spec.commandLine(), "--out: " + mapOutput + " is not a map file this version writes; "
        + "name it *.gpkg, *.kml or *.kmz");
  }

  private void writeMap(Survey loaded, CheckResult result, FindingMessages messages, List<Path> inputs)
      throws IOException {
    switch (mapFormat()) {
      case "gpkg" -> {
        List<OutputLayer> layers = new ArrayList<>(SurveyLayers.of(loaded, mapOutput.toAbsolutePath().getParent()));
        layers.add(FindingsLayer.of(result, messages));
        OutputFile.writeFile(mapOutput, output.force(), inputs, target -> GeoPackageWriter.write(target, layers));
      }
      case "kml", "kmz" -> OutputFile.writeBinary(mapOutput, output.force(), inputs,
          out -> FindingsKml.write(result, messages, out, mapFormat().equals("kmz")));
      default -> throw new IllegalStateException(mapOutput.toString());
    }
  }
}
