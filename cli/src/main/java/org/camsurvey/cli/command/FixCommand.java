package org.camsurvey.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.CheckOptionsMixin;
import org.camsurvey.cli.option.ForceOption;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.RemedyOptionsMixin;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.model.Survey;
import org.camsurvey.remedy.RemedyLaw;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.remedy.RemedySearch;
import org.camsurvey.report.RemedyJson;
import org.camsurvey.report.RemedyTable;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.write.GeoJsonFolderWriter;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code camsurvey fix SURVEY}: the least change of heading, angle or range that stops every
 * camera seeing a forbidden zone (the measures' Art. 9, the regulation's Art. 8, and its Art. 10
 * zones for a camera without consent), and the re-aims and new cameras that bring every mandated
 * zone to its cover (Art. 8; the regulation's Art. 7), under the same geometry {@code check}
 * judges by and the laws {@code --law} names, all of them at once.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Proposes the least change that makes each site lawful: for every camera that sees a forbidden zone,",
      "the smallest turn (either way, in 0.5° steps), else the narrowest angle, else the shortest range",
      "that clears it without leaving a mandated zone short; then, for every mandated zone short of its",
      "cover, re-aimed cameras and, where that is not enough, the fewest new (proposed) cameras.",
      "New cameras take --default-hfov, --default-range and --default FIELD=VALUE (else 90° and 30 m).",
      "Under --law cn2025 a camera without consent is turned off a sensitive zone (Art. 10) as off a forbidden",
      "one; with several laws the remedy is lawful under each."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the proposal leaves no camera seeing a forbidden zone and no mandated zone short",
      "1:something is left that no change within the options fixes (listed: remove or relocate, left short)",
      "2:the command line is wrong",
      "3:input rejected",
      "4:any other failure"
    })
public final class FixCommand implements Callable<Integer> {
  /** The ways the proposal can be printed. */
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SURVEY",
      description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file; in the shell, the open survey when left out.")
  Path survey;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin CheckOptionsMixin checkOptions;

  @Mixin LanguageOption language;

  @Mixin RemedyOptionsMixin remedyOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "FIXED",
      description = "Write the survey with the changes made, new cameras marked proposed: a GeoPackage (*.gpkg), else a folder of GeoJSON layers.")
  Path output;

  @Mixin ForceOption force;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    survey = importOptions.surveyOrOpen(survey, "SURVEY");
    List<Path> inputs = importOptions.inputs(survey);
    if (output != null) {
      OutputFile.requireWritable(output, force.force(), inputs);
    }
    var options = remedyOptions.toRemedyOptions(importOptions);
    Survey loaded = importOptions.read(survey);
    if (!loaded.hasLayer("zones")) {
      throw new CommandFailure(ExitCode.INPUT,
          survey + ": has no zones layer; fix needs the places Art. 8 mandates and Art. 9 forbids (zones.geojson or zones.csv)");
    }
    CheckOptions judged = checkOptions.toCheckOptions();
    CheckResult checked = Checker.check(loaded, judged);
    RemedyPlan plan = RemedySearch.search(checked, RemedyLaw.of(judged.laws()), options);
    if (output != null) {
      write(asRead(loaded, plan.fixed()), inputs);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> RemedyJson.write(plan, VersionProvider.version(), survey.toString(), out);
      case table -> RemedyTable.write(plan, survey.toString(), language.orLocale(), out);
    }
    return plan.unfixable().isEmpty() ? ExitCode.OK : ExitCode.VIOLATIONS;
  }

  /**
   * The survey as read with fix's cameras: the check's survey, which fix changes, holds only the
   * zones its law judges (a {@code sensitive} zone is not the measures', a zone without a kind not
   * the regulation's), with the measures' items filled in, and FIXED must lose none of the input.
   */
  private static Survey asRead(Survey loaded, Survey fixed) {
    return new Survey(loaded.name(), loaded.layers(), loaded.frame(), loaded.sites(), fixed.cameras(), loaded.zones(),
        loaded.obstacles(), loaded.accessLog(), loaded.checklist(), loaded.evidence(), fixed.cameraFields(),
        loaded.importWarnings());
  }

  private void write(Survey fixed, List<Path> inputs) throws java.io.IOException {
    List<OutputLayer> layers = SurveyLayers.of(fixed);
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gpkg")) {
      OutputFile.writeFile(output, force.force(), inputs, target -> GeoPackageWriter.write(target, layers));
    } else {
      OutputFile.writeFile(output, force.force(), inputs, target -> GeoJsonFolderWriter.write(target, layers));
    }
  }
}
