package org.camsurvey.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Small photos made for tests (and the sample's): JPEGs and PNGs drawn with ImageIO, a JPEG given
 * an EXIF block with a capture time and a GPS position, and headers that claim sizes no photo has.
 */
public final class TestPhotos {
  private TestPhotos() {}

  /** A plain JPEG: a coloured field with a darker band, as a real scene compresses. */
  public static byte[] jpeg(int width, int height, Color colour) {
    return encode(picture(width, height, colour, BufferedImage.TYPE_INT_RGB), "jpg");
  }

  public static byte[] png(int width, int height, Color colour) {
    return encode(picture(width, height, colour, BufferedImage.TYPE_INT_RGB), "png");
  }

  /**
   * A JPEG with an EXIF APP1 segment (big-endian TIFF) holding DateTimeOriginal and a GPS
   * position, each where not null.
   */
  public static byte[] withExif(byte[] jpeg, LocalDateTime taken, Double longitude, Double latitude) {
    byte[] tiff = tiff(taken, longitude, latitude);
    ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
    app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
    app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(app1.array(), 0, app1.capacity());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A real JPEG whose frame header (SOF0) is rewritten to claim another size. */
  public static byte[] jpegClaiming(int width, int height) {
    byte[] jpeg = jpeg(16, 16, Color.GRAY);
    for (int i = 2; i + 8 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
        jpeg[i + 5] = (byte) (height >> 8);
        jpeg[i + 6] = (byte) height;
        jpeg[i + 7] = (byte) (width >> 8);
        jpeg[i + 8] = (byte) width;
        return jpeg;
      }
    }
    throw new IllegalStateException("ImageIO wrote no baseline frame header");
  }

  /**
   * A PNG whose IHDR claims a size, followed by a small IDAT of zeros: a decompression bomb's
   * header, without the gigabytes it would inflate to.
   */
  public static byte[] pngClaiming(long width, long height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt((int) width).putInt((int) height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static BufferedImage picture(int width, int height, Color colour, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.setColor(colour.darker().darker());
    g.fillRect(0, height * 2 / 3, width, height / 3);
    g.setColor(Color.WHITE);
    g.fillOval(width / 3, height / 4, width / 3, height / 3);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One TIFF IFD entry: tag, type (2 ASCII, 4 LONG, 5 RATIONAL), count, and its value's bytes. */
  private record Entry(int tag, int type, int count, byte[] value) {}

  private static byte[] tiff(LocalDateTime taken, Double longitude, Double latitude) {
    List<Entry> exif = new ArrayList<>();
    if (taken != null) {
      exif.add(new Entry(0x9003, 2, 20, ascii(taken.format(DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss")))));
    }
    List<Entry> gps = new ArrayList<>();
    if (longitude != null) {
      gps.add(new Entry(1, 2, 2, ascii(latitude >= 0 ? "N" : "S")));
      gps.add(new Entry(2, 5, 3, degrees(Math.abs(latitude))));
      gps.add(new Entry(3, 2, 2, ascii(longitude >= 0 ? "E" : "W")));
      gps.add(new Entry(4, 5, 3, degrees(Math.abs(longitude))));
    }
    // IFD0 points to the EXIF and GPS IFDs, laid out after it in that order
    int ifd0Size = ifdSize(2, List.of());
    int exifAt = 8 + ifd0Size;
    int gpsAt = exifAt + ifdSize(exif.size(), exif);
    List<Entry> ifd0 = List.of(
        new Entry(0x8769, 4, 1, ByteBuffer.allocate(4).putInt(exifAt).array()),
        new Entry(0x8825, 4, 1, ByteBuffer.allocate(4).putInt(gpsAt).array()));
    ByteBuffer b = ByteBuffer.allocate(gpsAt + ifdSize(gps.size(), gps));
    b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    writeIfd(b, 8, ifd0);
    writeIfd(b, exifAt, exif);
    writeIfd(b, gpsAt, gps);
    return b.array();
  }

  private static int ifdSize(int entries, List<Entry> withValues) {
    int outside = withValues.stream().mapToInt(e -> e.value().length > 4 ? e.value().length : 0).sum();
    return 2 + 12 * entries + 4 + outside;
  }

  private static void writeIfd(ByteBuffer b, int at, List<Entry> entries) {
    b.position(at);
    b.putShort((short) entries.size());
    int data = at + 2 + 12 * entries.size() + 4;
    for (Entry e : entries) {
      b.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
      if (e.value().length <= 4) {
        b.put(java.util.Arrays.copyOf(e.value(), 4));
      } else {
        b.putInt(data);
        int back = b.position();
        b.position(data).put(e.value());
        data += e.value().length;
        b.position(back);
      }
    }
    b.putInt(0);
  }

  private static byte[] ascii(String s) {
    return (s + "\0").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Degrees, minutes and seconds as three rationals, the seconds to a millionth. */
  private static byte[] degrees(double value) {
    int d = (int) Math.floor(value);
    double minutes = (value - d) * 60;
    int m = (int) Math.floor(minutes);
    long micro = Math.round((minutes - m) * 60 * 1_000_000);
    return ByteBuffer.allocate(24).putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) micro).putInt(1_000_000).array();
  }
}
