package org.camsurvey.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.io.ImportOptions;
import org.camsurvey.io.SurveyReader;
import org.camsurvey.model.Finding;
import org.camsurvey.rules.Art9PrivacyRule;
import org.camsurvey.rules.CheckOptions;
import org.camsurvey.rules.Scene;

/**
 * Times camsurvey's own forbidden-zone join alone, as bench/city.sh times PostGIS's query alone:
 * each survey is read and its views built first (not timed, as loading PostGIS is not), then
 * {@link Art9PrivacyRule} is timed over it (the zone index, every camera's candidates, the
 * camera-inside test and the overlap of more than 0.01 m²), on one thread. A benchmark, not a
 * test.
 *
 * <p>usage: Art9JoinBenchmark PAIRS.tsv SURVEY… — prints the join's seconds and the number of
 * pairs, and writes the pairs as PostGIS's query lists them (code, site, camera, zone's site,
 * zone).
 */
public final class Art9JoinBenchmark {
  private Art9JoinBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path pairs = Path.of(args[0]);
    long nanos = 0;
    List<Finding> found = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Scene scene = new Scene(SurveyReader.read(Path.of(args[i]), ImportOptions.defaults()), CheckOptions.defaults());
      long start = System.nanoTime();
      new Art9PrivacyRule().check(scene, found::add);
      nanos += System.nanoTime() - start;
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pairs, StandardCharsets.UTF_8))) {
      for (Finding f : found) {
        out.println(String.join("\t", f.code().name(), f.siteId(), f.cameraId(),
            f.zoneSiteId() != null ? f.zoneSiteId() : f.siteId(), f.zoneId()));
      }
    }
    System.out.printf("join_s=%.3f pairs=%d%n", nanos / 1e9, found.size());
  }
}
