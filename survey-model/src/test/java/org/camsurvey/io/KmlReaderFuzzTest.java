package org.camsurvey.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes a KML file holds, the reader either reads it or refuses it with an {@link
 * InputException}: no other exception, no hang. Runs the seeds in {@code KmlReaderFuzzTestInputs/}
 * with the tests; {@code JAZZER_FUZZ=1 mvn -pl survey-model test -Dtest=KmlReaderFuzzTest} fuzzes.
 */
class KmlReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void neverThrowsAnythingButInputException(byte[] kml) {
    try {
      new KmlReader().read("fuzz.kml", kml, null);
    } catch (InputException expected) {
      // refused, with a message for the user
    }
  }
}
