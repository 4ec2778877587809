package org.camsurvey.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whatever bytes a KML file or a KMZ archive holds, the reader either reads it or refuses it with
 * an {@link InputException}: no other exception, no hang. Runs the seeds in {@code
 * KmlReaderFuzzTestInputs/<method>/} with the tests; {@code JAZZER_FUZZ=1 mvn -pl survey-model test
 * -Dtest=KmlReaderFuzzTest#kmz} fuzzes one method.
 */
class KmlReaderFuzzTest {
  private static final Path KMZ = tempFile();

  @FuzzTest(maxDuration = "10m")
  void neverThrowsAnythingButInputException(byte[] kml) {
    try {
      new KmlReader().read("fuzz.kml", kml, null);
    } catch (InputException expected) {
      // refused, with a message for the user
    }
  }

  /** A KMZ: its zip, its main document and the documents it links to inside the archive. */
  @FuzzTest(maxDuration = "10m")
  void kmz(byte[] archive) throws IOException {
    Files.write(KMZ, archive);
    try {
      new KmlReader().read(KMZ, "fuzz.kmz", null);
    } catch (InputException expected) {
      // refused, with a message for the user
    }
  }

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("kmz-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("fuzz.kmz");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
