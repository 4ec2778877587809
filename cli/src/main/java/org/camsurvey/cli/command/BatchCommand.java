package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.camsurvey.cli.OutputFile;
import org.camsurvey.cli.Progress;
import org.camsurvey.cli.batch.BatchProgress;
import org.camsurvey.cli.batch.BatchRun;
import org.camsurvey.cli.batch.SiteOutcome;
import org.camsurvey.cli.option.CheckOptionsMixin;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.ProgressOptions;
import org.camsurvey.io.ImportOptions;
import org.camsurvey.io.SurveySites;
import org.camsurvey.rules.CheckOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey batch SRC… --out-dir DIR}: checks many surveys, site by site, into one folder. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Checks many sites at once: a whole municipal export, or a folder of surveys (a district's each, say).",
      "Writes DIR/findings.jsonl (one finding a line, as check --format json gives them) and DIR/summary.xlsx"
          + " (a row per site, and the findings).",
      "Sites are read, checked and let go one at a time; --resume goes on from where an interrupted run stopped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no violation found (deficiencies and warnings may be)",
      "1:at least one violation found",
      "2:the command line is wrong (DIR holds outputs and neither --resume nor --force is given, …)",
      "3:input rejected (nothing is left in DIR)",
      "4:any other failure (the sites finished so far are kept for --resume)"
    })
public final class BatchCommand implements Callable<Integer> {
  /** Options that do not change what a run writes: a resumed run may differ in them. */
  private static final List<String> NOT_IN_MANIFEST = List.of("--out-dir", "--jobs", "--resume", "--force", "--debug", "--quiet");

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SRC",
      description = "A survey (a file, or a folder of layer files), or a folder of surveys: a folder holding"
          + " no layer files stands for its every subfolder and survey file.")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--out-dir", required = true, paramLabel = "DIR",
      description = "The folder to write findings.jsonl and summary.xlsx to; made if missing.")
  Path outDir;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Sites checked at once (default: the number of processors).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Go on from where an interrupted run into DIR stopped.")
  boolean resume;

  @Option(names = "--force", description = "Replace the outputs of an earlier run in DIR.")
  boolean force;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Mixin CheckOptionsMixin checkOptions;

  @Mixin ProgressOptions progressOptions;

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    if (resume && force) {
      throw new ParameterException(spec.commandLine(), "--resume and --force exclude each other");
    }
    CheckOptions judged = checkOptions.toCheckOptions();
    ImportOptions options = importOptions.toImportOptions();
    OutputFile.requireOutsideInputs(outDir, sources);
    List<Path> surveys = new ArrayList<>();
    for (Path source : sources) {
      surveys.addAll(SurveySites.surveys(source, options));
    }
    BatchRun run = new BatchRun(surveys, outDir, options, judged, language.orLocale(), jobs, manifestOptions());
    // The number of cameras is not known before they are read: the bar counts them, with their rate.
    try (Progress progress = progressOptions.start("cameras checked", -1, Progress.Unit.ITEMS)) {
      return run.run(resume, force, new BatchProgress() {
        @Override
        public void siteDone(SiteOutcome outcome, boolean resumed) {
          progress.step(outcome.cameras());
        }
      });
    }
  }

  /** The options given that change the outputs, sorted, with their values as given. */
  private String manifestOptions() {
    TreeSet<String> given = new TreeSet<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      if (!NOT_IN_MANIFEST.contains(option.longestName())) {
        given.add(option.longestName() + " " + String.join(" ", option.stringValues()));
      }
    }
    given.add("--lang " + language.orLocale().code());
    return String.join("\n", given);
  }
}
