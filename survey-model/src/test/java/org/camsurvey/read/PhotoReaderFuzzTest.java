package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.camsurvey.model.Photo;

/**
 * Whatever bytes a photo file holds, checking it gives a photo within the limits or a reason to
 * refuse it; nothing else escapes (metadata-extractor parses the JPEG segments, this class the
 * PNG header).
 *
 * <p>{@code mvn test} runs the method over its inputs in {@code PhotoReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} and {@code -Dtest=PhotoReaderFuzzTest} it fuzzes.
 */
class PhotoReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void checksAnyBytesOrRefusesThem(byte[] content) {
    try {
      Photo photo = PhotoReader.read(Path.of("fuzz.jpg"), content);
      assertThat((long) photo.widthPixels() * photo.heightPixels()).isBetween(1L, PhotoReader.MAX_PIXELS);
      if (photo.hasExifPosition()) {
        assertThat(Math.abs(photo.exifLatitude())).isLessThanOrEqualTo(90);
        assertThat(Math.abs(photo.exifLongitude())).isLessThanOrEqualTo(180);
      }
    } catch (PhotoReader.RejectedPhoto refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }
}
