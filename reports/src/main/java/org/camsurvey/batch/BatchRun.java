package org.camsurvey.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.survey.SiteSurvey;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.survey.SurveySites;
import org.camsurvey.model.Language;
import org.camsurvey.model.Severity;
import org.camsurvey.report.FindingMessages;
import org.camsurvey.report.FindingsJsonLines;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;

/**
 * Runs a batch: reads the surveys site by site, two surveys at once when more than one thread
 * checks, so that the checking threads are fed while a survey's layers are being assembled;
 * checks the sites on {@code jobs} threads; writes the outcomes in the surveys' order and each
 * survey's sites' order, so the output bytes do not depend on the number of threads.
 *
 * @param surveys the surveys, each a file or a folder of layer files, in the order to check them
 * @param outDir where the outputs go
 * @param options how the surveys are read
 * @param checkOptions how strictly they are judged
 * @param language the language of messages and of the workbook
 * @param jobs how many threads check sites
 * @param manifest the options as text, equal for runs that must give equal outputs
 * @param reports how to write each site's inspection report, or null for none
 */
public record BatchRun(List<Path> surveys, Path outDir, ImportOptions options, CheckOptions checkOptions,
    Language language, int jobs, String manifest, SiteReports reports) {
  /**
   * Units in flight per checking thread: enough to keep every thread busy while one site is slow,
   * and while a reader assembles a district's zones before handing on its first site (with 32,
   * the sparse 1 M city's two cores were a tenth idle through the second half of its run).
   */
  private static final int WINDOW_PER_JOB = 512;

  /**
   * Surveys read at once, at most: reading (SQLite, the records, the projections) was half a
   * sparse city's CPU on one thread, the limit of the whole run on two cores, and left the
   * checking threads idle at each district's start while its zones were assembled.
   */
  private static final int READERS = 2;

  public BatchRun {
    surveys = List.copyOf(surveys);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
  }

  /**
   * Runs the batch to its end and puts the outputs together.
   *
   * @param resume whether to go on from the finished parts of an interrupted run of the same batch
   * @param force whether the outputs of an earlier run may be replaced
   * @return whether any site has a violation
   * @throws BatchRefusal when the output folder or the sources do not allow the run
   */
  public boolean run(boolean resume, boolean force, BatchProgress progress) throws Exception {
    Map<String, String> reportFolders = reports == null ? Map.of() : SiteReports.folders(surveys);
    boolean created = !Files.exists(outDir);
    List<SiteOutcome> done = new ArrayList<>();
    BatchParts parts = BatchParts.open(outDir, manifestText(), resume, force, language, reportFolders,
        reports == null ? null : reports.date(), done);
    boolean[] violations = {done.stream().anyMatch(o -> o.violations() > 0)};
    done.forEach(o -> progress.siteDone(o, true));
    FindingMessages messages = FindingMessages.of(language);
    try {
      int readers = Math.min(READERS, jobs);
      OrderedPipeline.<SiteSurvey, SiteOutcome>run(jobs, readers, jobs * WINDOW_PER_JOB / readers,
          producers(done),
          unit -> check(unit, messages, reportFolders),
          outcome -> {
            try {
              parts.add(outcome);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            violations[0] |= outcome.violations() > 0;
            progress.siteDone(outcome, false);
          });
    } catch (InputException | BatchRefusal e) {
      parts.discard();
      if (created) {
        deleteIfEmpty(outDir);
      }
      throw e;
    } catch (Exception | Error e) {
      // Kept for --resume: the parts hold every site finished before the failure.
      parts.closePart();
      parts.close();
      throw e;
    }
    progress.assembling();
    parts.assemble();
    return violations[0];
  }

  /**
   * One producer per survey, each handing on its units past those an earlier run finished (which
   * must be the same units, and the earlier run's surveys the first of these).
   */
  private List<OrderedPipeline.Producer<SiteSurvey>> producers(List<SiteOutcome> done) {
    List<List<SiteOutcome>> finished = finishedBySurvey(done);
    List<OrderedPipeline.Producer<SiteSurvey>> producers = new ArrayList<>();
    for (int s = 0; s < surveys.size(); s++) {
      Path survey = surveys.get(s);
      List<SiteOutcome> own = s < finished.size() ? finished.get(s) : List.of();
      SiteOutcome nextFinished = s + 1 < finished.size() ? finished.get(s + 1).get(0) : null;
      producers.add(units -> produce(survey, own, nextFinished, units));
    }
    return producers;
  }

  /**
   * The units an earlier run finished, survey by survey: a survey's units begin with the one of
   * its warnings that concern no site, the only unit without a site id.
   */
  private List<List<SiteOutcome>> finishedBySurvey(List<SiteOutcome> done) {
    List<List<SiteOutcome>> bySurvey = new ArrayList<>();
    for (SiteOutcome outcome : done) {
      if (outcome.siteId() == null || bySurvey.isEmpty()) {
        bySurvey.add(new ArrayList<>());
      }
      bySurvey.get(bySurvey.size() - 1).add(outcome);
    }
    if (bySurvey.size() > surveys.size()) {
      throw new BatchRefusal(outDir + ": the unfinished batch there holds more sites than"
          + " these surveys have; give --force to start again");
    }
    for (int s = 0; s < bySurvey.size(); s++) {
      SiteOutcome first = bySurvey.get(s).get(0);
      if (!first.source().equals(surveys.get(s).toString())) {
        throw new BatchRefusal(outDir + ": the unfinished batch there holds site " + first.siteId() + " of "
            + first.source() + " where this run has the survey " + surveys.get(s) + "; give --force to start again");
      }
    }
    return bySurvey;
  }

  /**
   * Hands on a survey's units past those an earlier run finished.
   *
   * @param finished the units of this survey an earlier run finished
   * @param nextFinished the first unit an earlier run finished of the next survey, or null: then
   *     this survey must have no more units than that run finished
   */
  private void produce(Path survey, List<SiteOutcome> finished, SiteOutcome nextFinished,
      java.util.function.Consumer<SiteSurvey> units) {
    int[] index = {0};
    SurveySites.read(survey, options, unit -> {
      if (unit.siteId() == null && !unit.survey().hasLayer("zones")) {
        throw InputException.file(unit.source(), "has no zones layer; a batch checks the places Art. 8 mandates"
            + " and Art. 9 forbids (zones.geojson or zones.csv)");
      }
      int i = index[0]++;
      if (i < finished.size()) {
        SiteOutcome earlier = finished.get(i);
        if (!earlier.source().equals(unit.source()) || !java.util.Objects.equals(earlier.siteId(), unit.siteId())) {
          throw elsewhere(earlier, unit);
        }
        return;
      }
      if (nextFinished != null) {
        throw elsewhere(nextFinished, unit);
      }
      units.accept(unit);
    });
    if (index[0] < finished.size()) {
      SiteOutcome missing = finished.get(index[0]);
      throw new BatchRefusal(outDir + ": the unfinished batch there holds site " + missing.siteId() + " of "
          + missing.source() + ", which this run's survey does not have; give --force to start again");
    }
  }

  /** The refusal of a resumed run whose unit is not where the earlier run has {@code earlier}. */
  private BatchRefusal elsewhere(SiteOutcome earlier, SiteSurvey unit) {
    return new BatchRefusal(outDir + ": the unfinished batch there holds site " + earlier.siteId() + " of "
        + earlier.source() + " where this run has " + unit.siteId() + " of " + unit.source()
        + "; give --force to start again");
  }

  /** Checks a site and writes its findings as JSON Lines, and its report where one is asked for. */
  private SiteOutcome check(SiteSurvey unit, FindingMessages messages, Map<String, String> reportFolders) {
    CheckResult result = Checker.check(unit.survey(), checkOptions);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    List<FindingsJsonLines.Line> lines;
    try {
      lines = FindingsJsonLines.write(result.findings(), messages, json);
      if (reports != null && SiteReports.wanted(unit, result)) {
        Path folder = outDir.resolve(SiteReports.FOLDER).resolve(reportFolders.get(unit.source()));
        reports.write(unit, result, folder, options);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String name = unit.siteId() == null || unit.survey().sites().isEmpty() ? null : unit.survey().sites().get(0).name();
    return new SiteOutcome(unit.source(), unit.siteId(), name, unit.cameras(), unit.zones(),
        result.count(Severity.VIOLATION), result.count(Severity.DEFICIENCY), result.count(Severity.WARNING),
        json.toByteArray(), lines);
  }

  /**
   * The manifest: the tool's options and every survey with the size and time of each file it is
   * read from, so that a resumed run is refused when any of them changed.
   */
  private String manifestText() throws IOException {
    StringBuilder text = new StringBuilder("camsurvey batch\n").append(manifest).append('\n');
    for (Path survey : surveys) {
      text.append("survey ").append(survey.toAbsolutePath().normalize()).append('\n');
      for (Path file : SurveyReader.inputFiles(survey, options)) {
        text.append("  ").append(file.getFileName()).append(' ').append(Files.size(file)).append(' ')
            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
      }
    }
    return text.toString();
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(dir);
      }
    }
  }
}
