package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs and options give the same outputs, byte for byte, in another JVM, time zone and
 * locale: every file a command writes from the sample is written once here and once in a JVM of
 * its own ({@link CommandLines}) set to New York time and US English, and compared. GeoPackages
 * are compared by their schema and every row of every table but one column, {@code
 * gpkg_contents.last_change}, which GeoPackage defines as the time the table was last changed.
 */
@Tag("slow")
class DeterminismTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  /** An output: its file name and the command line that writes it to a folder. */
  private record Output(String file, Function<Path, List<String>> args) {}

  private static final List<Output> OUTPUTS = List.of(
      new Output("check.json", o -> List.of("check", SAMPLE, "--lang", "zh", "--format", "json", "-o", o.toString())),
      new Output("check.csv", o -> List.of("check", SAMPLE, "--lang", "zh", "--format", "csv", "-o", o.toString())),
      new Output("check.geojson", o -> List.of("check", SAMPLE, "--lang", "en", "--format", "geojson", "-o", o.toString())),
      new Output("check.txt", o -> List.of("check", SAMPLE, "--lang", "zh", "-o", o.toString())),
      new Output("findings.gpkg", o -> List.of("check", SAMPLE, "--lang", "zh", "--out", o.toString())),
      new Output("findings.kml", o -> List.of("check", SAMPLE, "--lang", "zh", "--out", o.toString())),
      new Output("findings.kmz", o -> List.of("check", SAMPLE, "--lang", "zh", "--out", o.toString())),
      new Output("survey.gpkg", o -> List.of("import", SAMPLE, "-o", o.toString())),
      new Output("fov.geojson", o -> List.of("fov", SAMPLE, "-o", o.toString())),
      new Output("fov.kmz", o -> List.of("fov", SAMPLE, "-o", o.toString())),
      new Output("fov.gpkg", o -> List.of("fov", SAMPLE, "-o", o.toString())),
      new Output("diff.json", o -> List.of("diff", SAMPLE, SAMPLE, "--format", "json", "-o", o.toString())),
      new Output("filing.pdf", o -> List.of("filing", SAMPLE, "-o", o.toString(), "--xlsx",
          o.resolveSibling("filing.xlsx").toString())),
      new Output("inspect.pdf", o -> List.of("inspect", SAMPLE, "--lang", "en", "-o", o.toString(), "--xlsx",
          o.resolveSibling("inspect.xlsx").toString(), "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890")),
      new Output("template.xlsx", o -> List.of("template", "--lang", "zh", "-o", o.toString())));

  @Test
  void everyOutputIsTheSameInAnotherJvmTimeZoneAndLocale(@TempDir Path dir) throws Exception {
    Path here = Files.createDirectories(dir.resolve("here"));
    Path there = Files.createDirectories(dir.resolve("there"));
    List<String> lines = new ArrayList<>();
    for (Output output : OUTPUTS) {
      Run run = Cli.run(output.args().apply(here.resolve(output.file())).toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.VIOLATIONS);
      lines.add(String.join("\t", output.args().apply(there.resolve(output.file()))));
    }
    String log = CommandLines.runForked(dir, lines, "-Duser.timezone=America/New_York", "-Duser.language=en",
        "-Duser.country=US");
    assertThat(log.lines().filter(l -> l.matches("RUN [01] .*")).count()).as(log).isEqualTo(OUTPUTS.size());

    List<String> written;
    try (var files = Files.list(here)) {
      written = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(written).hasSize(OUTPUTS.size() + 2); // and the two workbooks beside the documents
    for (String name : written) {
      Path a = here.resolve(name);
      Path b = there.resolve(name);
      if (name.endsWith(".gpkg")) {
        assertThat(contents(b)).as(name).isEqualTo(contents(a));
      } else {
        assertThat(Files.readAllBytes(b)).as(name).isEqualTo(Files.readAllBytes(a));
      }
    }
  }

  /** Schema, user version and every row of a GeoPackage, as text; blobs in hex. */
  private static List<String> contents(Path gpkg) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
      out.addAll(rows(s, "PRAGMA application_id"));
      out.addAll(rows(s, "PRAGMA user_version"));
      List<String> tables = new ArrayList<>();
      try (ResultSet schema = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
        while (schema.next()) {
          out.add(schema.getString(1) + " " + schema.getString(2) + ": " + schema.getString(3));
          if (schema.getString(1).equals("table")) {
            tables.add(schema.getString(2));
          }
        }
      }
      for (String table : tables) {
        String columns = table.equals("gpkg_contents")
            ? "table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id" : "*";
        out.add("-- " + table);
        out.addAll(rows(s, "SELECT " + columns + " FROM \"" + table + "\" ORDER BY 1"));
      }
    }
    return out;
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rows = s.executeQuery(sql)) {
      ResultSetMetaData meta = rows.getMetaData();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rows.getObject(i);
          row.append(i > 1 ? " | " : "").append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  @Test
  void theComparisonSeesADifferentRow(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.gpkg");
    assertThat(Cli.run("import", SAMPLE, "-o", a.toString()).exitCode()).isZero();
    Path b = Files.copy(a, dir.resolve("b.gpkg"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b); Statement s = c.createStatement()) {
      s.execute("UPDATE gpkg_contents SET description = 'changed' WHERE table_name = 'cameras'");
    }

    assertThat(contents(b)).isNotEqualTo(contents(a));
  }
}
