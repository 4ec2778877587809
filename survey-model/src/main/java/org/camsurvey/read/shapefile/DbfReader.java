package org.camsurvey.read.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camsurvey.read.InputException;

/**
 * Reads a dBase III table ({@code .dbf}), the attributes of a shapefile: a 32-byte header, 32-byte
 * field descriptors ended by 0x0D, then fixed-width records, each flagged {@code ' '} or, when
 * deleted, {@code '*'}.
 *
 * <p>Values come out as RawFeature wants them: C as text, N and F as Long (no decimals) or Double,
 * L as Boolean, D as {@code yyyy-MM-dd} text, blanks as null. A value that does not read as its
 * type is kept as its text, so that the assembler names the field if the survey needs it. Field
 * names are decoded with the table's encoding and lower-cased.
 */
public final class DbfReader {
  private static final int HEADER_BYTES = 32;
  private static final int DESCRIPTOR_BYTES = 32;
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");
  private static final Pattern DATE = Pattern.compile("\\d{8}");

  /**
   * One field of the table.
   *
   * @param name the name, lower case
   * @param type the dBase type letter (C, N, F, L, D, …)
   * @param offset where its value starts within a record, after the deletion flag
   * @param length its width in bytes
   * @param decimals its number of decimals (N and F)
   */
  public record Field(String name, char type, int offset, int length, int decimals) {}

  private record Descriptor(byte[] name, char type, int offset, int length, int decimals) {}

  private final String file;
  private final String layer;
  private final byte[] bytes;
  private final int recordCount;
  private final int headerLength;
  private final int recordLength;
  private final int languageDriver;
  private final List<Descriptor> descriptors = new ArrayList<>();
  private List<Field> fields;
  private Charset charset;

  /**
   * Reads the header and checks that the file holds the records it says.
   *
   * @param file the {@code .dbf} as the user named it, for messages
   * @param layer the layer it belongs to, for messages
   * @throws InputException when the header is not a dBase table's or the file is short of records
   */
  public DbfReader(String file, String layer, byte[] bytes) {
    this.file = file;
    this.layer = layer;
    this.bytes = bytes;
    if (bytes.length < HEADER_BYTES + 1) {
      throw error(null, "is not a dBase table (.dbf): " + bytes.length + " bytes, shorter than its header");
    }
    ByteBuffer header = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long count = Integer.toUnsignedLong(header.getInt(4));
    headerLength = Short.toUnsignedInt(header.getShort(8));
    recordLength = Short.toUnsignedInt(header.getShort(10));
    languageDriver = Byte.toUnsignedInt(bytes[29]);
    if (headerLength < HEADER_BYTES + 1 || headerLength > bytes.length) {
      throw error(null, "is not a dBase table (.dbf): its header length " + headerLength + " is outside the file's "
          + bytes.length + " bytes");
    }
    if (recordLength < 1) {
      throw error(null, "is not a dBase table (.dbf): its records are 0 bytes long");
    }
    int offset = 1;
    for (int at = HEADER_BYTES; at + DESCRIPTOR_BYTES <= headerLength && bytes[at] != 0x0D; at += DESCRIPTOR_BYTES) {
      int nameEnd = 0;
      while (nameEnd < 11 && bytes[at + nameEnd] != 0) {
        nameEnd++;
      }
      byte[] name = java.util.Arrays.copyOfRange(bytes, at, at + nameEnd);
      char type = (char) (bytes[at + 11] & 0xFF);
      int length = Byte.toUnsignedInt(bytes[at + 16]);
      int decimals = Byte.toUnsignedInt(bytes[at + 17]);
      if (type == 'C') {
        // Clipper and FoxPro keep the high byte of a text field's width in the decimals byte.
        length += decimals << 8;
        decimals = 0;
      }
      descriptors.add(new Descriptor(name, type, offset, length, decimals));
      offset += length;
    }
    if (offset > recordLength) {
      throw error(null, "is not a readable dBase table (.dbf): its fields take " + (offset - 1)
          + " bytes but its records are " + (recordLength - 1) + " bytes long");
    }
    long holds = (bytes.length - headerLength) / recordLength;
    if (count > holds) {
      throw error("#" + (holds + 1), "the .dbf is short of records: its header says " + count + " records of "
          + recordLength + " bytes, the file holds only " + holds + " whole ones");
    }
    recordCount = (int) count;
  }

  /** The number of records, deleted ones included, as the header says. */
  public int recordCount() {
    return recordCount;
  }

  /** The language driver byte of the header (0 when it names none). */
  public int languageDriver() {
    return languageDriver;
  }

  /** Whether every field name and every text value of the records not deleted is valid UTF-8. */
  public boolean isValidUtf8() {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer scratch = CharBuffer.allocate(256);
    for (Descriptor d : descriptors) {
      if (!valid(strict, scratch, d.name(), 0, d.name().length)) {
        return false;
      }
    }
    for (int i = 0; i < recordCount; i++) {
      int base = headerLength + i * recordLength;
      if (bytes[base] == '*') {
        continue;
      }
      for (Descriptor d : descriptors) {
        if (d.type() != 'N' && d.type() != 'F' && d.type() != 'L' && d.type() != 'D'
            && !valid(strict, scratch, bytes, base + d.offset(), d.length())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean valid(CharsetDecoder decoder, CharBuffer scratch, byte[] source, int from, int length) {
    boolean ascii = true;
    for (int k = from; k < from + length; k++) {
      if (source[k] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return true;
    }
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(source, from, length);
    while (true) {
      scratch.clear();
      var result = decoder.decode(in, scratch, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        scratch.clear();
        return !decoder.flush(scratch).isError();
      }
    }
  }

  /**
   * Decodes the field names with the table's encoding; values are decoded with it too.
   *
   * @throws InputException when a name is empty or appears twice
   */
  public List<Field> decodeWith(Charset encoding) {
    this.charset = encoding;
    List<Field> decoded = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < descriptors.size(); k++) {
      Descriptor d = descriptors.get(k);
      String name = new String(d.name(), encoding).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw new InputException(file, layer, null, null, "field " + (k + 1) + " of the .dbf has no name");
      }
      if (!seen.add(name)) {
        throw new InputException(file, layer, null, name, "the .dbf names the field twice");
      }
      decoded.add(new Field(name, d.type(), d.offset(), d.length(), d.decimals()));
    }
    fields = List.copyOf(decoded);
    return fields;
  }

  /** The fields, once {@link #decodeWith} has named them. */
  public List<Field> fields() {
    return fields;
  }

  /** Whether record i (0-based) is marked deleted. */
  public boolean deleted(int i) {
    return bytes[headerLength + i * recordLength] == '*';
  }

  /** Record i's (0-based) values by field name, in field order. */
  public Map<String, Object> attributes(int i) {
    if (fields == null) {
      throw new IllegalStateException("decodeWith first");
    }
    int base = headerLength + i * recordLength;
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : fields) {
      values.put(f.name(), value(f, base + f.offset()));
    }
    return values;
  }

  private Object value(Field f, int at) {
    return switch (f.type()) {
      case 'N', 'F' -> number(ascii(at, f.length()), f.decimals());
      case 'L' -> logical(ascii(at, f.length()));
      case 'D' -> date(ascii(at, f.length()));
      default -> text(at, f.length());
    };
  }

  private String ascii(int at, int length) {
    return new String(bytes, at, length, StandardCharsets.ISO_8859_1).strip();
  }

  private String text(int at, int length) {
    int end = at + length;
    while (end > at && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
      end--;
    }
    return end == at ? null : new String(bytes, at, end - at, charset);
  }

  private static Object number(String t, int decimals) {
    if (t.isEmpty() || t.chars().allMatch(c -> c == '*') || t.equals(".") || t.equals("-")) {
      return null;
    }
    if (decimals == 0 && INTEGER.matcher(t).matches()) {
      return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    }
    if (DECIMAL.matcher(t).matches()) {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : t;
    }
    return t;
  }

  private static Object logical(String t) {
    if (t.isEmpty() || t.equals("?")) {
      return null;
    }
    return switch (t.charAt(0)) {
      case 'T', 't', 'Y', 'y' -> Boolean.TRUE;
      case 'F', 'f', 'N', 'n' -> Boolean.FALSE;
      default -> t;
    };
  }

  private static Object date(String t) {
    if (t.isEmpty() || t.equals("00000000")) {
      return null;
    }
    if (DATE.matcher(t).matches()) {
      return t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6, 8);
    }
    return t;
  }

  private InputException error(String record, String reason) {
    return new InputException(file, layer, record, null, reason);
  }
}
