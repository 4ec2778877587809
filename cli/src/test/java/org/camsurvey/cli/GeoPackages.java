package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Looks into GeoPackages the commands wrote: by SQL, and through GDAL's ogrinfo where it is installed. */
public final class GeoPackages {
  private GeoPackages() {}

  /** The first column of every row a query returns, as text. */
  public static List<String> query(Path file, String sql) {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        out.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": " + sql + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Its data tables as {@code name data_type rows}, in the order written (QGIS's layer_styles is looked at on its own). */
  public static List<String> contents(Path file) {
    List<String> out = new ArrayList<>();
    for (String row : query(file, "SELECT table_name || ' ' || data_type FROM gpkg_contents"
        + " WHERE table_name != 'layer_styles' ORDER BY rowid")) {
      String table = row.substring(0, row.indexOf(' '));
      out.add(row + " " + query(file, "SELECT count(*) FROM \"" + table + "\"").get(0));
    }
    return out;
  }

  public static boolean ogrinfoInstalled() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "ogrinfo")));
  }

  /**
   * {@code ogrinfo -ro -al -so FILE}: GDAL (and so QGIS) opens the file without a word on standard
   * error, and lists its layers.
   *
   * @return ogrinfo's summary
   */
  public static String ogrinfoSummary(Path file) {
    try {
      Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString()).start();
      byte[] out = p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ogrinfo finished").isTrue();
      assertThat(p.exitValue()).as(err).isZero();
      assertThat(err).as("ogrinfo's warnings").isEmpty();
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * How many of a layer's geometries GEOS finds invalid, asked through GDAL's SQLite dialect
   * (SpatiaLite's {@code ST_IsValid}), as a GIS tool reading the file would.
   */
  public static int invalidGeometries(Path file, String layer) {
    try {
      Process p = new ProcessBuilder("ogrinfo", "-ro", "-q", "-dialect", "sqlite", "-sql",
          "SELECT count(*) AS invalid FROM \"" + layer + "\" WHERE NOT ST_IsValid(geom)", file.toString()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ogrinfo finished").isTrue();
      assertThat(p.exitValue()).as(err).isZero();
      java.util.regex.Matcher count = java.util.regex.Pattern.compile("invalid \\(Integer\\) = (\\d+)").matcher(out);
      assertThat(count.find()).as(out + err).isTrue();
      return Integer.parseInt(count.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GDAL's GeoPackage validator (Debian's python3-gdal, which gdal-bin brings), where installed. */
  private static final List<Path> VALIDATORS = List.of(
      Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"),
      Path.of("/usr/share/doc/python3-gdal/examples/validate_gpkg.py"));

  public static Optional<Path> validator() {
    return Files.isExecutable(Path.of("/usr/bin/python3"))
        ? VALIDATORS.stream().filter(Files::isRegularFile).findFirst() : Optional.empty();
  }

  /** Runs GDAL's validate_gpkg.py, which checks the requirements of the GeoPackage standard one by one. */
  public static void assertValid(Path file) {
    Path validator = validator().orElseThrow();
    try {
      Process p = new ProcessBuilder("/usr/bin/python3", validator.toString(), file.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("validate_gpkg.py finished").isTrue();
      assertThat(p.exitValue()).as(file + ": " + out).isZero();
      assertThat(out).as(file + ": the validator's remarks").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The files in a folder, by name. */
  public static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
