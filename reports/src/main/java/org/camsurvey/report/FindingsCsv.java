package org.camsurvey.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camsurvey.model.Finding;
import org.camsurvey.rules.CheckResult;

/**
 * Findings as CSV, one row each: the ids and the figures scripts filter on as columns, every
 * other figure in a {@code details} column as {@code name=value; …}.
 */
public final class FindingsCsv {
  private static final List<String> FIGURE_COLUMNS = List.of("overlap_m2", "coverage", "required");
  private static final Set<String> NOT_DETAILS = Set.of("overlap_m2", "coverage", "required");

  private FindingsCsv() {}

  public static void write(CheckResult result, FindingMessages messages, Writer out) throws IOException {
    List<String> header = new ArrayList<>(List.of(
        "code", "severity", "party", "article", "item", "site_id", "camera_id", "zone_id", "zone_site_id", "obst_id"));
    header.addAll(FIGURE_COLUMNS);
    header.addAll(List.of("details", "file", "layer", "record", "message"));
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(new NonClosing(out), format)) {
      for (Finding f : result.findings()) {
        List<Object> row = new ArrayList<>(List.of(
            f.code().name(), f.severity().code(), f.party().code(), blank(f.article()), blank(f.item()),
            blank(f.siteId()), blank(f.recordId("camera_id")), blank(f.recordId("zone_id")), blank(f.zoneSiteId()),
            blank(f.recordId("obst_id"))));
        for (String figure : FIGURE_COLUMNS) {
          row.add(f.figures().containsKey(figure) ? show(f.figures().get(figure)) : "");
        }
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, Object> e : f.figures().entrySet()) {
          if (!NOT_DETAILS.contains(e.getKey())) {
            details.add(e.getKey() + "=" + show(e.getValue()));
          }
        }
        row.add(String.join("; ", details));
        boolean recordWarning = f.namesRecord();
        row.add(recordWarning ? f.source().file() : "");
        row.add(recordWarning ? blank(f.source().layer()) : "");
        row.add(recordWarning && f.source().recordNumber() > 0 ? f.source().recordLabel() : "");
        row.add(messages.message(f));
        csv.printRecord(row);
      }
    }
    out.flush();
  }

  private static String blank(String s) {
    return s == null ? "" : s;
  }

  private static String show(Object value) {
    if (value instanceof Collection<?> c) {
      return String.join(" ", c.stream().map(Object::toString).toList());
    }
    return String.valueOf(value);
  }

  /** Lets the printer flush without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
