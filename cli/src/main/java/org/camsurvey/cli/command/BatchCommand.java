package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.camsurvey.batch.BatchProgress;
import org.camsurvey.batch.BatchRefusal;
import org.camsurvey.batch.BatchRun;
import org.camsurvey.batch.SiteOutcome;
import org.camsurvey.batch.SiteReports;
import org.camsurvey.cli.option.CheckOptionsMixin;
import org.camsurvey.cli.option.DocumentOptions;
import org.camsurvey.cli.option.ForceOption;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.InspectionOptions;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.ProgressOptions;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.cli.run.Progress;
import org.camsurvey.cli.run.VersionProvider;
import org.camsurvey.law.DayCount;
import org.camsurvey.model.Language;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.report.Inspector;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.survey.SurveySites;
import org.camsurvey.view.CheckOptions;
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
      "With --reports, also writes the inspection report (PDF, as inspect gives it) of every site with findings to"
          + " DIR/reports/SURVEY/SITE.pdf.",
      "Sites are read, checked and let go one at a time; --resume goes on from where an interrupted run stopped.",
      "--date is the day the sites are judged on (the regulation's filing periods, as check --date; default: today)"
          + " and, with --reports, the inspection's date."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no violation found (deficiencies and warnings may be)",
      "1:at least one violation found",
      "2:the command line is wrong (DIR holds outputs and neither --resume nor --force is given, --reports with"
          + " fewer than two inspectors, …)",
      "3:input rejected (nothing is left in DIR)",
      "4:any other failure (the sites finished so far are kept for --resume)"
    })
public final class BatchCommand implements Callable<Integer> {
  /** The options that only --reports takes; --date is also the day the regulation's filing periods are judged on. */
  private static final List<String> REPORT_OPTIONS = List.of("--inspector", "--deadline", "--font");
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
      description = "Sites checked at once (default: the number of processors). Two surveys are read at once, one with"
          + " --jobs 1; the outputs are the same bytes whatever N.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Go on from where an interrupted run into DIR stopped.")
  boolean resume;

  @Option(names = "--reports",
      description = "Also write each site's inspection report, for the sites with findings; takes --inspector"
          + " (twice at least), --date (the inspection's, which it requires), --deadline and --font as inspect does.")
  boolean reports;

  @Mixin InspectionOptions inspection;

  @Mixin DocumentOptions documentOptions;

  @Mixin ForceOption force;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Mixin CheckOptionsMixin checkOptions;

  @Mixin ProgressOptions progressOptions;

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    boolean force = this.force.force();
    if (resume && force) {
      throw new ParameterException(spec.commandLine(), "--resume and --force exclude each other");
    }
    SiteReports siteReports = siteReports();
    CheckOptions judged = checkOptions.toCheckOptions(documentOptions.givenDate().orElse(null));
    ImportOptions options = importOptions.toImportOptions();
    OutputFile.requireOutsideInputs(outDir, sources);
    List<Path> surveys = new ArrayList<>();
    for (Path source : sources) {
      surveys.addAll(SurveySites.surveys(source, options));
    }
    BatchRun run = new BatchRun(surveys, outDir, options, judged, language.orLocale(), jobs, manifestOptions(),
        siteReports);
    boolean violations;
    // The number of cameras is not known before they are read: the bar counts them, with their rate.
    try (Progress progress = progressOptions.start("cameras checked", -1, Progress.Unit.ITEMS)) {
      violations = run.run(resume, force, new BatchProgress() {
        @Override
        public void siteDone(SiteOutcome outcome, boolean resumed) {
          progress.step(outcome.cameras());
        }
      });
    } catch (BatchRefusal e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
    if (siteReports != null) {
      Documents.warnMissingGlyphs(siteReports.font(), spec.commandLine().getErr());
    }
    return violations ? ExitCode.VIOLATIONS : ExitCode.OK;
  }

  /** What --reports needs, checked before any work; null without --reports. */
  private SiteReports siteReports() {
    if (!reports) {
      for (String option : REPORT_OPTIONS) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
          throw new ParameterException(spec.commandLine(), option + " is for the reports: give it with --reports");
        }
      }
      return null;
    }
    List<Inspector> inspectors = inspection.inspectors(spec.commandLine());
    InspectionOptions.Deadline deadline = inspection.deadline(spec.commandLine());
    // Sites have no date of their own that suits an inspection: a site's latest camera date would
    // give a deadline long past, and a site with zones but no cameras has none.
    LocalDate date = documentOptions.givenDate().orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--reports takes --date DATE: the date of the inspection the reports record"));
    DayCount.LastDay due = deadline.due(date);
    return new SiteReports(new InspectionReport.Inspection(inspectors, due.date()), due.warnings(), date,
        documentOptions.font(), language.or(Language.ZH), VersionProvider.version());
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
