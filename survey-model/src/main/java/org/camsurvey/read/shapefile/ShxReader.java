package org.camsurvey.read.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.camsurvey.read.InputException;

/**
 * Reads a {@code .shx}: a 100-byte header like the {@code .shp}'s, then one 8-byte entry per
 * record giving its offset and content length in 16-bit words (big-endian). Whether the entries
 * agree with the {@code .shp} is for {@link ShpReader#check} to say.
 */
public final class ShxReader {
  static final int HEADER_BYTES = 100;
  public static final int FILE_CODE = 9994;

  private ShxReader() {}

  /**
   * @param file the {@code .shx} as the user named it, for messages
   * @param layer the layer it belongs to, for messages
   * @throws InputException when the file is not a shapefile index
   */
  public static ShapeIndex read(String file, String layer, byte[] bytes) {
    if (bytes.length < HEADER_BYTES) {
      throw new InputException(file, layer, null, null,
          "is not a shapefile index (.shx): " + bytes.length + " bytes, shorter than its 100-byte header");
    }
    ByteBuffer big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    int code = big.getInt(0);
    if (code != FILE_CODE) {
      throw new InputException(file, layer, null, null,
          "is not a shapefile index (.shx): its file code is " + code + ", not 9994");
    }
    long declared = 2L * Integer.toUnsignedLong(big.getInt(24));
    if (declared > bytes.length) {
      throw new InputException(file, layer, null, null,
          "is cut short: its header says " + declared + " bytes, the file has " + bytes.length
              + "; delete the .shx to have it rebuilt from the .shp");
    }
    int count = (int) ((Math.max(declared, HEADER_BYTES) - HEADER_BYTES) / 8);
    long[] offsets = new long[count];
    long[] lengths = new long[count];
    for (int i = 0; i < count; i++) {
      int offsetWords = big.getInt(HEADER_BYTES + 8 * i);
      int lengthWords = big.getInt(HEADER_BYTES + 8 * i + 4);
      if (offsetWords < 0 || lengthWords < 0) {
        throw new InputException(file, layer, "#" + (i + 1), null,
            "the index entry is negative (offset " + offsetWords + ", length " + lengthWords + " words)");
      }
      offsets[i] = 2L * offsetWords;
      lengths[i] = 2L * lengthWords;
    }
    return new ShapeIndex(offsets, lengths);
  }
}
