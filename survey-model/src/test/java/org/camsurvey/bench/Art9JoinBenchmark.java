package org.camsurvey.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.camsurvey.model.Finding;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.rules.Art9PrivacyRule;
import org.camsurvey.survey.SurveySites;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;

/**
 * Times camsurvey's own forbidden-zone join alone, as bench/city.sh times PostGIS's query alone:
 * each district is read a site at a time as {@code batch} reads it and every site's views are
 * built first (not timed, as loading PostGIS and building its index is not), then {@link
 * Art9PrivacyRule} is timed over the district's sites (its zone index, each camera's candidates,
 * the camera-inside test and the overlap of more than 0.01 m²) on as many threads as there are
 * cores, as PostGIS's query runs with its parallel workers. A benchmark, not a test.
 *
 * <p>usage: Art9JoinBenchmark PAIRS.tsv SURVEY… — prints the join's seconds and the number of
 * pairs, and writes the pairs as PostGIS's query lists them (code, site, camera, zone's site,
 * zone).
 */
public final class Art9JoinBenchmark {
  private Art9JoinBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
    Path pairs = Path.of(args[0]);
    int threads = Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    long nanos = 0;
    List<Finding> found = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      List<Scene> sites = new ArrayList<>();
      SurveySites.read(Path.of(args[i]), ImportOptions.defaults(),
          unit -> sites.add(new Scene(unit.survey(), CheckOptions.defaults())));
      long start = System.nanoTime();
      List<List<Finding>> bySite = pool.submit(() -> sites.parallelStream().map(scene -> {
        List<Finding> own = new ArrayList<>();
        new Art9PrivacyRule().check(scene, own::add);
        return own;
      }).toList()).get();
      nanos += System.nanoTime() - start;
      bySite.forEach(found::addAll);
    }
    pool.shutdown();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pairs, StandardCharsets.UTF_8))) {
      for (Finding f : found) {
        out.println(String.join("\t", f.code().name(), f.siteId(), f.cameraId(),
            f.zoneSiteId() != null ? f.zoneSiteId() : f.siteId(), f.zoneId()));
      }
    }
    System.out.printf("join_s=%.3f pairs=%d threads=%d%n", nanos / 1e9, found.size(), threads);
  }
}
