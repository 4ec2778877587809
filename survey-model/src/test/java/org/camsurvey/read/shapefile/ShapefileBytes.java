package org.camsurvey.read.shapefile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds shapefile bytes by hand, record by record, for the cases no writer makes: rings of three
 * points, unknown shape types, rings in either orientation. Records are raw content, laid out as
 * the ESRI technical description has them.
 */
final class ShapefileBytes {
  private final int shapeType;
  private final List<byte[]> records = new ArrayList<>();

  ShapefileBytes(int shapeType) {
    this.shapeType = shapeType;
  }

  /** A record of the given content (shape type first). */
  ShapefileBytes record(byte[] content) {
    records.add(content);
    return this;
  }

  ShapefileBytes nullShape() {
    return record(le(4).putInt(0).array());
  }

  ShapefileBytes point(double x, double y) {
    return record(le(20).putInt(1).putDouble(x).putDouble(y).array());
  }

  /** A PolyLine (3) or Polygon (5) of the given parts, each as x1, y1, x2, y2, …. */
  ShapefileBytes parts(int type, double[]... parts) {
    int points = 0;
    for (double[] part : parts) {
      points += part.length / 2;
    }
    ByteBuffer b = le(44 + 4 * parts.length + 16 * points).putInt(type);
    b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
    b.putInt(parts.length).putInt(points);
    int start = 0;
    for (double[] part : parts) {
      b.putInt(start);
      start += part.length / 2;
    }
    for (double[] part : parts) {
      for (double v : part) {
        b.putDouble(v);
      }
    }
    return record(b.array());
  }

  byte[] shp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int length = 100;
    for (byte[] r : records) {
      length += 8 + r.length;
    }
    out.writeBytes(header(length));
    int number = 1;
    for (byte[] r : records) {
      out.writeBytes(ByteBuffer.allocate(8).putInt(number++).putInt(r.length / 2).array());
      out.writeBytes(r);
    }
    return out.toByteArray();
  }

  byte[] shx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header(100 + 8 * records.size()));
    int offset = 100;
    for (byte[] r : records) {
      out.writeBytes(ByteBuffer.allocate(8).putInt(offset / 2).putInt(r.length / 2).array());
      offset += 8 + r.length;
    }
    return out.toByteArray();
  }

  private byte[] header(int length) {
    ByteBuffer b = ByteBuffer.allocate(100);
    b.putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(length / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
    return b.array();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A dBase III table: fields as "NAME:T:length[:decimals]", rows of raw values, '*' rows deleted. */
  static byte[] dbf(Charset charset, int languageDriver, List<String> fields, List<List<String>> rows) {
    int recordLength = 1;
    for (String f : fields) {
      recordLength += Integer.parseInt(f.split(":")[2]);
    }
    int headerLength = 32 + 32 * fields.size() + 1;
    ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * rows.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(rows.size());
    b.putShort((short) headerLength).putShort((short) recordLength);
    b.position(29);
    b.put((byte) languageDriver);
    b.position(32);
    for (String f : fields) {
      String[] p = f.split(":");
      byte[] name = p[0].getBytes(charset);
      ByteBuffer d = ByteBuffer.allocate(32);
      d.put(name, 0, Math.min(name.length, 10));
      d.position(11);
      d.put((byte) p[1].charAt(0));
      d.position(16);
      d.put((byte) Integer.parseInt(p[2])).put((byte) (p.length > 3 ? Integer.parseInt(p[3]) : 0));
      b.put(d.array());
    }
    b.put((byte) 0x0D);
    for (List<String> row : rows) {
      boolean deleted = row.get(0).equals("*");
      b.put((byte) (deleted ? '*' : ' '));
      for (int k = 0; k < fields.size(); k++) {
        int width = Integer.parseInt(fields.get(k).split(":")[2]);
        byte[] value = row.get(deleted ? k + 1 : k).getBytes(charset);
        byte[] cell = new byte[width];
        java.util.Arrays.fill(cell, (byte) ' ');
        System.arraycopy(value, 0, cell, 0, Math.min(width, value.length));
        b.put(cell);
      }
    }
    b.put((byte) 0x1A);
    return b.array();
  }
}
