package org.camsurvey.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camsurvey.read.AtomicFile;
import org.camsurvey.model.Language;
import org.camsurvey.report.FindingsJsonLines;
import org.camsurvey.report.excel.BatchWorkbook;

/**
 * A batch's output folder: finished sites are kept in parts, each written whole (a findings file,
 * then the file of its sites, whose presence says the part is complete), in a hidden folder
 * beside a manifest of the sources and options. The summary workbook is streamed as sites come
 * (SXSSF keeps its rows in temporary files). At the end it is written and {@code findings.jsonl}
 * put together from the parts, each moved into place whole, and the parts removed. A run that
 * was killed leaves complete parts that {@code --resume} starts from.
 */
final class BatchParts implements AutoCloseable {
  static final String FINDINGS = "findings.jsonl";
  static final String SUMMARY = "summary.xlsx";
  static final String PARTS = ".camsurvey-batch";
  private static final String MANIFEST = "manifest.json";
  private static final JsonFactory JSON = new JsonFactory();
  /** A part is closed after this many units, this many bytes of findings or this long. */
  private static final int PART_UNITS = 5_000;
  private static final long PART_BYTES = 32L << 20;
  private static final long PART_NANOS = 3_000_000_000L;

  private final Path dir;
  private final Path parts;
  private final BatchWorkbook book;
  private int partNumber;
  private final List<SiteOutcome> pending = new ArrayList<>();
  private OutputStream findings;
  private Path findingsTemporary;
  private long partBytes;
  private long partStarted;

  /** Each survey's folder of reports, by source; empty when no reports are written. */
  private final Map<String, String> reportFolders;

  private BatchParts(Path dir, Language language, Map<String, String> reportFolders, LocalDate date) {
    this.dir = dir;
    this.parts = dir.resolve(PARTS);
    this.reportFolders = reportFolders;
    this.book = new BatchWorkbook(language, date);
  }

  /**
   * Opens the output folder for a run: a new folder, one whose earlier outputs may be replaced
   * ({@code force}), or one holding an unfinished run of the same sources and options ({@code
   * resume}).
   *
   * @param manifest the sources and options, as text that is equal for equal runs
   * @param reportFolders each survey's folder of reports, by source, for the summary's links; empty for none
   * @param date the inspection's date the summary bears, or null
   * @return the parts, with the units the earlier run finished
   * @throws BatchRefusal when the folder holds outputs it may not touch
   */
  static BatchParts open(Path dir, String manifest, boolean resume, boolean force, Language language,
      Map<String, String> reportFolders, LocalDate date, List<SiteOutcome> done) throws IOException {
    Path parts = dir.resolve(PARTS);
    Path manifestFile = parts.resolve(MANIFEST);
    boolean hasOutputs = Files.exists(dir.resolve(FINDINGS)) || Files.exists(dir.resolve(SUMMARY))
        || Files.exists(dir.resolve(SiteReports.FOLDER));
    boolean hasParts = Files.isDirectory(parts);
    if (resume && hasParts && Files.exists(manifestFile)) {
      if (!Files.readString(manifestFile, StandardCharsets.UTF_8).equals(manifest)) {
        throw new BatchRefusal(dir + ": the unfinished batch there was run on other sources or"
            + " with other options (or its sources changed since); run it as it was, or give --force to start again");
      }
      BatchParts opened = new BatchParts(dir, language, reportFolders, date);
      opened.readParts(done);
      deleteTemporaryReports(dir.resolve(SiteReports.FOLDER));
      return opened;
    }
    if (resume && hasOutputs) {
      throw new BatchRefusal(dir + ": the batch there is finished; nothing to resume"
          + " (give --force to run it again)");
    }
    if ((hasOutputs || hasParts) && !force && !resume) {
      throw new BatchRefusal(dir + ": holds a batch's outputs; give --resume to finish an"
          + " interrupted run or --force to replace them");
    }
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(FINDINGS));
    Files.deleteIfExists(dir.resolve(SUMMARY));
    AtomicFile.deleteTree(dir.resolve(SiteReports.FOLDER));
    BatchParts opened = new BatchParts(dir, language, reportFolders, date);
    opened.deleteParts();
    Files.createDirectories(opened.parts);
    byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(manifestFile, out -> out.write(manifestBytes));
    return opened;
  }

  /** Adds a finished unit; closes the part when it is full. */
  void add(SiteOutcome outcome) throws IOException {
    if (findings == null) {
      partNumber++;
      findingsTemporary = AtomicFile.fileBeside(parts.resolve(name(partNumber, "findings")));
      findings = Files.newOutputStream(findingsTemporary);
      partBytes = 0;
      partStarted = System.nanoTime();
    }
    findings.write(outcome.findings());
    partBytes += outcome.findings().length;
    pending.add(outcome);
    summarise(outcome);
    outcome.lines().forEach(line -> book.finding(line, outcome.name()));
    if (pending.size() >= PART_UNITS || partBytes >= PART_BYTES || System.nanoTime() - partStarted >= PART_NANOS) {
      closePart();
    }
  }

  /** Closes the part being written, so that every unit added so far is kept. */
  void closePart() throws IOException {
    if (findings == null) {
      return;
    }
    findings.close();
    findings = null;
    AtomicFile.move(findingsTemporary, parts.resolve(name(partNumber, "findings")));
    StringWriter sites = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(sites)) {
      g.setRootValueSeparator(null);
      for (SiteOutcome o : pending) {
        g.writeStartObject();
        g.writeStringField("source", o.source());
        g.writeStringField("site_id", o.siteId());
        g.writeStringField("name", o.name());
        g.writeNumberField("cameras", o.cameras());
        g.writeNumberField("zones", o.zones());
        g.writeNumberField("violations", o.violations());
        g.writeNumberField("deficiencies", o.deficiencies());
        g.writeNumberField("warnings", o.warnings());
        g.writeEndObject();
        g.flush();
        sites.write('\n');
      }
    }
    byte[] sitesBytes = sites.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(parts.resolve(name(partNumber, "sites")), out -> out.write(sitesBytes));
    pending.clear();
  }

  /**
   * Writes {@code summary.xlsx}, then puts {@code findings.jsonl} together from the parts, each
   * whole, and removes the parts.
   */
  void assemble() throws IOException {
    closePart();
    try {
      AtomicFile.write(dir.resolve(SUMMARY), out -> book.write(out, parts));
    } finally {
      book.close();
    }
    AtomicFile.write(dir.resolve(FINDINGS), out -> {
      for (int n = 1; n <= partNumber; n++) {
        try (InputStream in = Files.newInputStream(parts.resolve(name(n, "findings")))) {
          in.transferTo(out);
        }
      }
    });
    deleteParts();
  }

  /** Lets go of the workbook's temporary files; the parts stay. */
  @Override
  public void close() throws IOException {
    book.close();
  }

  private void summarise(SiteOutcome site) {
    if (site.siteId() != null) {
      String folder = reportFolders.get(site.source());
      boolean reported = folder != null && site.violations() + site.deficiencies() + site.warnings() > 0;
      book.site(site.source(), site.siteId(), site.name(), site.cameras(), site.zones(), site.violations(),
          site.deficiencies(), site.warnings(),
          reported ? SiteReports.FOLDER + "/" + folder + "/" + SiteReports.fileName(site.siteId()) + ".pdf" : null);
    }
  }

  /** Removes every part, the manifest and the reports: an input error leaves no output behind. */
  void discard() throws IOException {
    if (findings != null) {
      findings.close();
      findings = null;
    }
    book.close();
    deleteParts();
    AtomicFile.deleteTree(dir.resolve(SiteReports.FOLDER));
  }

  /** The complete parts of an earlier run, in order; anything after the first incomplete one goes. */
  private void readParts(List<SiteOutcome> done) throws IOException {
    try (Stream<Path> files = Files.list(parts)) {
      for (Path temporary : files.filter(AtomicFile::isTemporary).toList()) {
        Files.delete(temporary);
      }
    }
    int n = 1;
    while (Files.exists(parts.resolve(name(n, "sites"))) && Files.exists(parts.resolve(name(n, "findings")))) {
      List<SiteOutcome> sites = readSites(n);
      sites.forEach(this::summarise);
      // a part's findings carry no survey: a site id two of its surveys share takes the later's name
      Map<String, String> names = new HashMap<>();
      sites.stream().filter(o -> o.siteId() != null && o.name() != null).forEach(o -> names.put(o.siteId(), o.name()));
      try (BufferedReader lines = Files.newBufferedReader(parts.resolve(name(n, "findings")), StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          FindingsJsonLines.Line parsed = FindingsJsonLines.Line.parse(line);
          book.finding(parsed, parsed.siteId() == null ? null : names.get(parsed.siteId()));
        }
      }
      done.addAll(sites);
      n++;
    }
    partNumber = n - 1;
    try (Stream<Path> files = Files.list(parts)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        if (number(file) > partNumber) {
          Files.delete(file);
        }
      }
    }
  }

  private List<SiteOutcome> readSites(int n) throws IOException {
    List<SiteOutcome> sites = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(parts.resolve(name(n, "sites")), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        sites.add(site(line));
      }
    }
    return sites;
  }

  private static SiteOutcome site(String line) throws IOException {
    String source = null;
    String siteId = null;
    String name = null;
    long[] counts = new long[5];
    try (JsonParser p = JSON.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "source" -> source = p.getValueAsString();
          case "site_id" -> siteId = p.getValueAsString();
          case "name" -> name = p.getValueAsString();
          case "cameras" -> counts[0] = p.getLongValue();
          case "zones" -> counts[1] = p.getLongValue();
          case "violations" -> counts[2] = p.getLongValue();
          case "deficiencies" -> counts[3] = p.getLongValue();
          case "warnings" -> counts[4] = p.getLongValue();
          default -> p.skipChildren();
        }
      }
    }
    return new SiteOutcome(source, siteId, name, (int) counts[0], (int) counts[1], counts[2], counts[3], counts[4],
        new byte[0], List.of());
  }

  private static String name(int part, String kind) {
    return String.format("part-%06d.%s.jsonl", part, kind);
  }

  private static int number(Path file) {
    String name = file.getFileName().toString();
    try {
      return Integer.parseInt(name.substring("part-".length(), "part-".length() + 6));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  private void deleteParts() throws IOException {
    AtomicFile.deleteTree(parts);
  }

  /** Removes the reports a killed run was writing, which never got their names. */
  private static void deleteTemporaryReports(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(AtomicFile::isTemporary).toList()) {
        Files.delete(p);
      }
    }
  }

}
