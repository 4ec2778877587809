package org.camsurvey.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.survey.SurveyAssembler;

/**
 * Whatever bytes a feature's geometry blob holds, reading and assembling the GeoPackage either
 * gives a survey or fails with an {@link InputException}; nothing else escapes.
 *
 * <p>The fuzzer's bytes become the {@code geom} of camera fid 1 in a copy of the GDAL-written
 * {@code geopackage/jiefangbei.gpkg}, so it explores the blob header and the WKB, not SQLite's
 * file format. {@code mvn test} runs the method over the blobs in {@code
 * GeoPackageReaderFuzzTestInputs/readsAnyGeometryBlobOrRejectsItAsInput}; with {@code
 * JAZZER_FUZZ=1} and {@code -Dtest=GeoPackageReaderFuzzTest} it fuzzes.
 */
class GeoPackageReaderFuzzTest {
  private static final Statute STATUTE = Statute.of(Language.ZH);
  private static final Path TEMPLATE = GeoPackageReaderTest.fixture("jiefangbei.gpkg");
  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "10m")
  void readsAnyGeometryBlobOrRejectsItAsInput(byte[] blob) throws IOException, SQLException {
    Files.copy(TEMPLATE, FILE, StandardCopyOption.REPLACE_EXISTING);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + FILE);
        PreparedStatement s = c.prepareStatement("UPDATE cameras SET geom = ? WHERE fid = 1")) {
      s.setBytes(1, blob);
      s.executeUpdate();
    }
    try {
      List<RawLayer> layers = new GeoPackageReader().read(FILE, "fuzz.gpkg", null, ImportOptions.defaults());
      SurveyInvariants.check(SurveyAssembler.assemble("fuzz", layers, STATUTE));
    } catch (InputException rejected) {
      SurveyInvariants.check(rejected);
    }
  }

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("gpkg-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("fuzz.gpkg");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
