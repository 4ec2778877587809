package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input that claims or holds more than a survey ever needs is refused quickly, with the input
 * error, before it fills the memory: a text layer file past its size, a GeoJSON of endless
 * coordinates, a CSV line of a hundred megabytes, a KML element of a gigabyte, a mapping file of
 * megabytes. (The limits of shapefiles are in {@code ShapefileClaimsTest}, of zips and workbooks in
 * {@code ShapefileZipTest}, {@code KmlReaderTest} and {@code XlsxReaderTest}.)
 */
class ResourceLimitsTest {
  /** Well under what reading the input whole would take on this machine, well over what refusing it takes. */
  private static final long QUICKLY_MILLIS = 15_000;

  @Test
  void aTextLayerFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"cameras.geojson", "cameras.csv", "cameras.kml"}) {
      Path file = dir.resolve(name);
      try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
        sparse.setLength(((long) ContainerReader.MAX_TEXT_MEGABYTES << 20) + 1); // no block written: nothing to read
      }

      refusedQuickly(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
          .names(file.toString(), null, null, null)
          .because("is " + ContainerReader.MAX_TEXT_MEGABYTES + " MiB; a layer file in text of more than "
              + ContainerReader.MAX_TEXT_MEGABYTES + " MiB is refused as too large to read");
      Files.delete(file);
    }
  }

  @Test
  void aGeoJsonCoordinateArrayPastTheTokenLimitIsRefused() {
    // 3 million positions are 12 million tokens: refused at the 10 millionth, as 10^8 would be
    StringBuilder json = new StringBuilder(20_000_000).append("""
        {"type": "Feature", "properties": {"obst_id": "W1"}, "geometry": {"type": "LineString", "coordinates": [""");
    for (int i = 0; i < 3_000_000; i++) {
      json.append(i == 0 ? "" : ",").append("[1,2]");
    }
    byte[] bytes = json.append("]}}").toString().getBytes(StandardCharsets.UTF_8);

    refusedQuickly(() -> new GeoJsonReader().read("obstacles.geojson", bytes, "obstacles", ImportOptions.defaults()))
        .names("obstacles.geojson", null, null, null)
        .because("holds more than " + GeoJsonReader.MAX_TOKENS + " JSON tokens");
  }

  @Test
  void aCsvLineOfAHundredMegabytesIsRefused() {
    byte[] bytes = new byte[100 << 20];
    Arrays.fill(bytes, (byte) 'x');
    byte[] header = "camera_id,lon,lat\nC1,106.5,".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);

    refusedQuickly(() -> new CsvReader().read("cameras.csv", bytes, "cameras", ImportOptions.defaults()))
        .names("cameras.csv", "cameras", null, null)
        .because("line 2 is longer than " + (CsvReader.MAX_LINE_BYTES >> 20) + " MiB");
  }

  @Test
  void aKmlElementLongerThanTheLimitIsRefused() {
    String start = "<kml><Placemark><LineString><coordinates>";
    String end = "</coordinates></LineString></Placemark></kml>";
    byte[] bytes = new byte[start.length() + KmlReader.MAX_TEXT_CHARS + 1 + end.length()];
    Arrays.fill(bytes, (byte) '1');
    System.arraycopy(start.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, start.length());
    System.arraycopy(end.getBytes(StandardCharsets.US_ASCII), 0, bytes, bytes.length - end.length(), end.length());

    refusedQuickly(() -> new KmlReader().read("cameras.kml", bytes, "cameras"))
        .names("cameras.kml", null, null, null)
        .because("holds an element <coordinates> longer than " + (KmlReader.MAX_TEXT_CHARS >> 20) + " Mi characters");
  }

  @Test
  void aMappingFileOfMegabytesIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapping.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(2L << 20);
    }

    refusedQuickly(() -> FieldMapping.load(file.toString()))
        .names(file.toString(), null, null, null)
        .because("a mapping file of more than 1 MiB is refused");
  }

  private static Rejection refusedQuickly(ThrowingCallable call) {
    long start = System.nanoTime();
    Rejection rejection = Rejection.of(call);
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to refuse it").isLessThan(QUICKLY_MILLIS);
    return rejection;
  }
}
