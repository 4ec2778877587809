package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.camsurvey.model.Photo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo is checked from its bytes: JPEG or PNG by content, at most 20 MB and 50 million pixels. */
class PhotoReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aJpegIsReadWithItsSizeAndHash() throws Exception {
    byte[] bytes = TestPhotos.jpeg(64, 48, Color.ORANGE);
    Photo photo = PhotoReader.read(write("a.jpg", bytes));

    assertThat(photo.format()).isEqualTo(Photo.Format.JPEG);
    assertThat(photo.widthPixels()).isEqualTo(64);
    assertThat(photo.heightPixels()).isEqualTo(48);
    assertThat(photo.bytes()).isEqualTo(bytes.length);
    assertThat(photo.sha256()).hasSize(64);
    assertThat(photo.exifTaken()).isNull();
    assertThat(photo.hasExifPosition()).isFalse();
  }

  @Test
  void aPngNamedJpgIsAPngByItsContent() throws Exception {
    Photo photo = PhotoReader.read(write("really-a-png.jpg", TestPhotos.png(30, 20, Color.BLUE)));

    assertThat(photo.format()).isEqualTo(Photo.Format.PNG);
    assertThat(photo.widthPixels()).isEqualTo(30);
    assertThat(photo.heightPixels()).isEqualTo(20);
  }

  @Test
  void exifCaptureTimeAndGpsPositionAreRead() throws Exception {
    byte[] bytes = TestPhotos.withExif(TestPhotos.jpeg(32, 32, Color.GREEN), LocalDateTime.of(2024, 3, 12, 10, 15, 7),
        106.5770123, -29.5588456);
    Photo photo = PhotoReader.read(write("exif.jpg", bytes));

    assertThat(photo.exifTaken()).isEqualTo(LocalDateTime.of(2024, 3, 12, 10, 15, 7));
    assertThat(photo.exifLongitude()).isCloseTo(106.5770123, within(1e-8));
    assertThat(photo.exifLatitude()).isCloseTo(-29.5588456, within(1e-8));
  }

  @Test
  void anExifBlockWithATimeButNoPositionGivesTheTimeAlone() throws Exception {
    byte[] bytes = TestPhotos.withExif(TestPhotos.jpeg(32, 32, Color.GREEN), LocalDateTime.of(2024, 3, 12, 10, 15), null, null);
    Photo photo = PhotoReader.read(write("time.jpg", bytes));

    assertThat(photo.exifTaken()).isEqualTo(LocalDateTime.of(2024, 3, 12, 10, 15));
    assertThat(photo.hasExifPosition()).isFalse();
  }

  @Test
  void aMissingPhotoIsRefused() {
    assertThatThrownBy(() -> PhotoReader.read(dir.resolve("gone.jpg"))).hasMessage("does not exist");
  }

  @Test
  void aFolderOrADeviceIsNotAPhoto() {
    assertThatThrownBy(() -> PhotoReader.read(dir)).hasMessageContaining("is not a file");
    if (Files.exists(Path.of("/dev/zero"))) {
      assertThatThrownBy(() -> PhotoReader.read(Path.of("/dev/zero"))).hasMessageContaining("is not a file");
    }
  }

  @Test
  void textNamedJpgIsNotAnImage() throws Exception {
    Path text = write("note.jpg", "a photo of the hotel room".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PhotoReader.read(text)).hasMessageContaining("is not a JPEG or PNG image");
  }

  @Test
  void aTruncatedJpegIsUnreadable() throws Exception {
    byte[] whole = TestPhotos.jpeg(32, 32, Color.RED);
    Path cut = write("cut.jpg", java.util.Arrays.copyOf(whole, 40));

    assertThatThrownBy(() -> PhotoReader.read(cut)).hasMessageContaining("not a readable JPEG");
  }

  @Test
  void aPngWithoutItsHeaderChunkIsUnreadable() throws Exception {
    Path cut = write("cut.png", java.util.Arrays.copyOf(TestPhotos.png(8, 8, Color.RED), 20));

    assertThatThrownBy(() -> PhotoReader.read(cut)).hasMessageContaining("not a readable PNG");
  }

  @Test
  void aFileOverTwentyMegabytesIsRefusedWithoutReadingItAll() throws Exception {
    Path big = write("big.jpg", TestPhotos.jpeg(16, 16, Color.GRAY));
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(PhotoReader.MAX_BYTES + 1);
    }
    Path exactly = write("limit.jpg", TestPhotos.jpeg(16, 16, Color.GRAY));
    try (RandomAccessFile f = new RandomAccessFile(exactly.toFile(), "rw")) {
      f.setLength(PhotoReader.MAX_BYTES);
    }

    assertThatThrownBy(() -> PhotoReader.read(big)).hasMessageContaining("20.0 MB, larger than the 20 MB");
    assertThat(PhotoReader.read(exactly).bytes()).isEqualTo(PhotoReader.MAX_BYTES);
  }

  @Test
  void aPngClaimingMoreThanFiftyMillionPixelsIsADecompressionBomb() throws Exception {
    Path bomb = write("bomb.png", TestPhotos.pngClaiming(100_000, 100_000));
    Path huge = write("huge.png", TestPhotos.pngClaiming(0xFFFF_FFFFL, 1));
    Path limit = write("limit.png", TestPhotos.pngClaiming(10_000, 5_000));

    assertThatThrownBy(() -> PhotoReader.read(bomb)).hasMessageContaining("100000 × 100000 pixels", "decompression bomb");
    assertThatThrownBy(() -> PhotoReader.read(huge)).hasMessageContaining("decompression bomb");
    assertThat(PhotoReader.read(limit).widthPixels()).isEqualTo(10_000);
  }

  @Test
  void aJpegClaimingMoreThanFiftyMillionPixelsIsADecompressionBomb() throws Exception {
    Path bomb = write("bomb.jpg", TestPhotos.jpegClaiming(65_000, 65_000));
    Path empty = write("empty.jpg", TestPhotos.jpegClaiming(0, 16));

    assertThatThrownBy(() -> PhotoReader.read(bomb)).hasMessageContaining("65000 × 65000 pixels", "decompression bomb");
    assertThatThrownBy(() -> PhotoReader.read(empty)).hasMessageContaining("no image");
  }
}
