package org.camsurvey.read;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.jpeg.JpegReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camsurvey.model.Photo;

/**
 * Checks an evidence photo before anything trusts it, from its bytes alone: it must be a JPEG or
 * PNG by its content (its name may say otherwise), at most {@link #MAX_BYTES}, and say in its
 * header a size of at most {@link #MAX_PIXELS}, so that no document ever decodes a decompression
 * bomb. A JPEG's EXIF capture time and GPS position are read where present.
 *
 * <p>Only the JPEG segments that hold the frame size and EXIF are parsed (by metadata-extractor);
 * a PNG's size is its IHDR chunk, which PNG puts first. PNG text and profile chunks are never
 * inflated (a small zTXt chunk can inflate to gigabytes).
 */
public final class PhotoReader {
  /** docs/SURVEY-FORMAT.md: larger photos are refused. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;
  /**
   * More than any phone or camera takes (a 50-megapixel phone's 8160 × 6120), and at most
   * 200 MB once decoded to 4 bytes a pixel: a file claiming more is refused before any decoding.
   */
  public static final long MAX_PIXELS = 50_000_000L;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

  private PhotoReader() {}

  /** Why a photo is refused: the reason, worded to follow the photo's path. */
  public static final class RejectedPhoto extends Exception {
    RejectedPhoto(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Checks and reads one photo.
   *
   * @param file the photo, absolute
   * @throws RejectedPhoto saying why it cannot be used
   */
  public static Photo read(Path file) throws RejectedPhoto {
    if (!Files.exists(file)) {
      throw new RejectedPhoto("does not exist");
    }
    // A device or a pipe named as a photo (/dev/zero) would be read for ever: only plain files are.
    if (!Files.isRegularFile(file)) {
      throw new RejectedPhoto("is not a file but a folder, a device or a pipe");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new RejectedPhoto("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    if (bytes.length > MAX_BYTES) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        size = bytes.length;
      }
      throw new RejectedPhoto("is " + megabytes(size) + ", larger than the 20 MB a photo may be");
    }
    return read(file, bytes);
  }

  /** Checks and reads a photo's bytes (also the fuzz target's entry). */
  static Photo read(Path file, byte[] bytes) throws RejectedPhoto {
    if (isJpeg(bytes)) {
      return jpeg(file, bytes);
    }
    if (isPng(bytes)) {
      return png(file, bytes);
    }
    throw new RejectedPhoto("is not a JPEG or PNG image: its content is neither, whatever its name says");
  }

  private static Photo jpeg(Path file, byte[] bytes) throws RejectedPhoto {
    Metadata metadata;
    try {
      metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(bytes), List.of(new JpegReader(), new ExifReader()));
    } catch (JpegProcessingException | IOException | RuntimeException e) {
      throw new RejectedPhoto("is not a readable JPEG: " + e.getMessage());
    }
    JpegDirectory frame = metadata.getFirstDirectoryOfType(JpegDirectory.class);
    int width;
    int height;
    try {
      if (frame == null) {
        throw new MetadataException("no frame header");
      }
      width = frame.getImageWidth();
      height = frame.getImageHeight();
    } catch (MetadataException e) {
      throw new RejectedPhoto("is not a readable JPEG: it has no frame header giving its size (truncated or damaged?)");
    }
    checkSize(width, height);
    LocalDateTime taken = null;
    ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    if (exif != null) {
      taken = exifTime(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
    }
    Double lon = null;
    Double lat = null;
    GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
    GeoLocation at = gps == null ? null : gps.getGeoLocation();
    if (at != null && Math.abs(at.getLatitude()) <= 90 && Math.abs(at.getLongitude()) <= 180) {
      lon = at.getLongitude();
      lat = at.getLatitude();
    }
    return new Photo(file, Photo.Format.JPEG, width, height, bytes.length, Sha256.hex(bytes), taken, lon, lat);
  }

  /** PNG's IHDR comes first: signature, length 13, "IHDR", width and height as 4-byte big-endian. */
  private static Photo png(Path file, byte[] bytes) throws RejectedPhoto {
    if (bytes.length < 33 || !"IHDR".equals(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
      throw new RejectedPhoto("is not a readable PNG: it does not start with an IHDR chunk giving its size");
    }
    long width = uint32(bytes, 16);
    long height = uint32(bytes, 20);
    if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      throw new RejectedPhoto("says it is " + width + " × " + height + " pixels, more than the "
          + MAX_PIXELS / 1_000_000 + " million pixels a photo may have (a decompression bomb?)");
    }
    checkSize((int) width, (int) height);
    return new Photo(file, Photo.Format.PNG, (int) width, (int) height, bytes.length, Sha256.hex(bytes), null, null, null);
  }

  private static void checkSize(int width, int height) throws RejectedPhoto {
    if (width <= 0 || height <= 0) {
      throw new RejectedPhoto("says it is " + width + " × " + height + " pixels: no image");
    }
    if ((long) width * height > MAX_PIXELS) {
      throw new RejectedPhoto("says it is " + width + " × " + height + " pixels, more than the "
          + MAX_PIXELS / 1_000_000 + " million pixels a photo may have (a decompression bomb?)");
    }
  }

  /** EXIF's "2024:03:12 10:15:00"; cameras without a clock write blanks or zeros, which say nothing. */
  private static LocalDateTime exifTime(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), EXIF_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean isJpeg(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
  }

  static boolean isPng(byte[] b) {
    if (b.length < PNG_SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < PNG_SIGNATURE.length; i++) {
      if (b[i] != PNG_SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  private static long uint32(byte[] b, int at) {
    return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
