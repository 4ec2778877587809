package org.camsurvey.model;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A photo file as checked on import: what it is by its content, its size, and what its EXIF
 * says of when and where it was taken.
 *
 * @param file the file, absolute
 * @param format what its content is, whatever its name says
 * @param widthPixels its width, from its header
 * @param heightPixels its height, from its header
 * @param bytes its length
 * @param sha256 the SHA-256 of its bytes, lower-case hex: a report names the very file it shows
 * @param exifTaken EXIF DateTimeOriginal (the camera's clock, no time zone), or null
 * @param exifLongitude EXIF GPS longitude (WGS 84), or null
 * @param exifLatitude EXIF GPS latitude (WGS 84), or null
 */
public record Photo(
    Path file,
    Format format,
    int widthPixels,
    int heightPixels,
    long bytes,
    String sha256,
    LocalDateTime exifTaken,
    Double exifLongitude,
    Double exifLatitude) {

  /** The image formats documents embed. */
  public enum Format {
    JPEG,
    PNG
  }

  public Photo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    if ((exifLongitude == null) != (exifLatitude == null)) {
      throw new IllegalArgumentException("an EXIF position has both a longitude and a latitude, or neither");
    }
  }

  public boolean hasExifPosition() {
    return exifLongitude != null;
  }
}
