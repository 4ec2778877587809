package org.camsurvey.read.shapefile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.camsurvey.geo.Crs;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Whatever bytes the parsers are given, the only exception they throw is an InputException.
 *
 * <p>Run as a unit test, each method reads the seeds in {@code ShapefileFuzzTestInputs/<method>/}
 * (and any finding saved there); with {@code JAZZER_FUZZ=1} Jazzer mutates them, one method per
 * run: {@code JAZZER_FUZZ=1 mvn -pl survey-model test -Dtest=ShapefileFuzzTest#shp}.
 */
class ShapefileFuzzTest {
  private static final byte[] VALID_SHP = resource("jiefangbei-wgs84-utf8/cameras.shp");

  /** A .shp read in order, as when its .shx is missing. */
  @FuzzTest(maxDuration = "10m")
  void shp(byte[] data) {
    try {
      ShpReader reader = new ShpReader("f.shp", "fuzz", data, new GeometryFactory());
      ShapeIndex index = reader.scan();
      for (int i = 0; i < index.size(); i++) {
        reader.geometry(index, i);
      }
    } catch (InputException expected) {
      // the reader said what is wrong
    }
  }

  /** A .shx and its .shp: two bytes (big-endian) giving the .shx's length, the .shx, then the .shp. */
  @FuzzTest(maxDuration = "10m")
  void shpWithIndex(byte[] data) {
    if (data.length < 2) {
      return;
    }
    int shxLength = Math.min(((data[0] & 0xFF) << 8) | (data[1] & 0xFF), data.length - 2);
    byte[] shx = Arrays.copyOfRange(data, 2, 2 + shxLength);
    byte[] shp = Arrays.copyOfRange(data, 2 + shxLength, data.length);
    try {
      ShpReader reader = new ShpReader("f.shp", "fuzz", shp, new GeometryFactory());
      ShapeIndex index = reader.check(ShxReader.read("f.shx", "fuzz", shx), "f.shx");
      for (int i = 0; i < index.size(); i++) {
        reader.geometry(index, i);
      }
    } catch (InputException expected) {
      // the reader said what is wrong
    }
  }

  /** Any .shx against a valid .shp: whatever the index claims, it is checked before it is followed. */
  @FuzzTest(maxDuration = "10m")
  void shx(byte[] data) {
    try {
      ShpReader reader = new ShpReader("f.shp", "fuzz", VALID_SHP, new GeometryFactory());
      ShapeIndex index = reader.check(ShxReader.read("f.shx", "fuzz", data), "f.shx");
      for (int i = 0; i < index.size(); i++) {
        reader.geometry(index, i);
      }
    } catch (InputException expected) {
      // the reader said what is wrong
    }
  }

  /** A .dbf decoded as its bytes decide (UTF-8 or GB18030), every record read. */
  @FuzzTest(maxDuration = "10m")
  void dbf(byte[] data) {
    try {
      DbfReader reader = new DbfReader("f.dbf", "fuzz", data);
      CodePages.Choice encoding = CodePages.choose(null, null, "f.cpg", "fuzz", reader.languageDriver(),
          reader::isValidUtf8);
      reader.decodeWith(encoding.charset());
      for (int i = 0; i < reader.recordCount(); i++) {
        if (!reader.deleted(i)) {
          reader.attributes(i);
        }
      }
    } catch (InputException expected) {
      // the reader said what is wrong
    }
  }

  /** A .prj's text; the CRS it makes must project a point or say it cannot (NaN), not throw. */
  @FuzzTest(maxDuration = "10m")
  void prj(byte[] data) {
    try {
      Crs crs = PrjReader.read("f.prj", "fuzz", new String(data, StandardCharsets.UTF_8));
      if (crs != null) {
        double[] lonLat = crs.toLonLat(500_000, 3_270_000);
        crs.fromLonLat(Double.isFinite(lonLat[0]) ? lonLat[0] : 106.5, Double.isFinite(lonLat[1]) ? lonLat[1] : 29.5);
      }
    } catch (InputException expected) {
      // the reader said what is wrong
    }
  }

  /** A zip, refused or read, with small caps so that a bomb is cheap. */
  @FuzzTest(maxDuration = "10m")
  void zip(byte[] data) throws IOException {
    Path file = Files.createTempFile("fuzz", ".zip");
    try {
      Files.write(file, data);
      ShapefileZip zip = ShapefileZip.open(file, "f.zip", 1 << 20, 100);
      for (String name : zip.names()) {
        zip.read(name, "cameras", ImportOptions.defaults());
      }
      // and the layers in text beside them, as the survey reader reads them
      zip.readSurvey(ImportOptions.defaults(), (entry, extension, bytes, layer) -> extension.equals("csv")
          ? java.util.List.of(new org.camsurvey.read.CsvReader().read(entry, bytes, layer, ImportOptions.defaults()))
          : new org.camsurvey.read.GeoJsonReader().read(entry, bytes, layer, ImportOptions.defaults()));
    } catch (InputException expected) {
      // the reader said what is wrong
    } finally {
      Files.delete(file);
    }
  }

  /** A whole shapefile from memory: .shp, .dbf, and .cpg text, framed like shpWithIndex. */
  @FuzzTest(maxDuration = "10m")
  void shapefile(byte[] data) {
    if (data.length < 4) {
      return;
    }
    int dbfLength = Math.min(((data[0] & 0xFF) << 8) | (data[1] & 0xFF), data.length - 4);
    int cpgLength = Math.min(data[2] & 0x0F, data.length - 4 - dbfLength);
    byte[] dbf = Arrays.copyOfRange(data, 4, 4 + dbfLength);
    byte[] cpg = Arrays.copyOfRange(data, 4 + dbfLength, 4 + dbfLength + cpgLength);
    byte[] shp = Arrays.copyOfRange(data, 4 + dbfLength + cpgLength, data.length);
    ShapefileFiles files = new ShapefileFiles();
    files.add("shp", "f.shp", () -> shp);
    files.add("dbf", "f.dbf", () -> dbf);
    if ((data[3] & 1) != 0) {
      files.add("cpg", "f.cpg", () -> cpg);
    }
    try {
      ShapefileReader.read(files, "cameras", ImportOptions.defaults());
    } catch (InputException expected) {
      // the reader said what is wrong
    }
  }

  private static byte[] resource(String name) {
    try (var in = ShapefileFuzzTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
