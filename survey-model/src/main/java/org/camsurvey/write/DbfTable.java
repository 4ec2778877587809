package org.camsurvey.write;

import static org.camsurvey.write.ShapefileWriter.little;
import static org.camsurvey.write.ShapefileWriter.writeFully;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camsurvey.read.LayerSchema;

/**
 * The attribute table of {@link ShapefileWriter}: each field laid out as a dBASE III column (names
 * cut to ten characters and kept distinct, text widths fitted to the longest value), and the
 * records written in UTF-8, as the {@code .cpg} says.
 */
final class DbfTable {
  private static final int MAX_TEXT_BYTES = 254;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private DbfTable() {}

  /** A field as the DBF holds it. */
  record Column(LayerSchema.Field field, String dbfName, char type, int width, int decimals) {}

  static List<Column> columns(OutputLayer layer) {
    List<Column> columns = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (LayerSchema.Field field : layer.fields()) {
      String dbfName = distinct(cut(field.name(), 10), taken);
      Column column = switch (field.type()) {
        case TEXT -> new Column(field, dbfName, 'C', textWidth(layer, field.name()), 0);
        case REAL -> new Column(field, dbfName, 'N', 19, 8);
        case INTEGER -> new Column(field, dbfName, 'N', integerWidth(layer, field.name()), 0);
        case BOOLEAN -> new Column(field, dbfName, 'L', 1, 0);
        case DATE -> new Column(field, dbfName, 'D', 8, 0);
        case DATE_TIME -> new Column(field, dbfName, 'C', 19, 0);
      };
      columns.add(column);
    }
    int recordLength = 1 + columns.stream().mapToInt(Column::width).sum();
    if (columns.size() > 255 || recordLength > 65_535) {
      throw new IllegalArgumentException("layer " + layer.name() + " has more fields than a DBF holds");
    }
    return columns;
  }

  /** A name not yet taken (ignoring case), its tail replaced by a number where it is. */
  private static String distinct(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 1; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "_" + n;
      candidate = cut(name, 10 - suffix.length()) + suffix;
    }
    return candidate;
  }

  /** The longest prefix of the text whose UTF-8 encoding fits the bytes, not splitting a character. */
  private static String cut(String text, int bytes) {
    if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
      return text;
    }
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, end);
  }

  private static int textWidth(OutputLayer layer, String field) {
    int width = 1;
    for (OutputLayer.Feature f : layer.features()) {
      Object v = f.values().get(field);
      if (v != null) {
        width = Math.max(width, Math.min(MAX_TEXT_BYTES, text(v).getBytes(StandardCharsets.UTF_8).length));
      }
    }
    return width;
  }

  private static int integerWidth(OutputLayer layer, String field) {
    int width = 10;
    for (OutputLayer.Feature f : layer.features()) {
      Object v = f.values().get(field);
      if (v != null) {
        width = Math.max(width, Long.toString(integer(layer.name(), field, v)).length());
      }
    }
    return width;
  }

  static int writeTable(OutputLayer layer, List<Column> columns, Path dbf) throws IOException {
    int recordLength = 1 + columns.stream().mapToInt(Column::width).sum();
    int headerLength = 32 + 32 * columns.size() + 1;
    ByteBuffer header = little(headerLength);
    LocalDate today = LocalDate.now();
    header.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
        .put((byte) today.getDayOfMonth());
    header.putInt(layer.features().size()).putShort((short) headerLength).putShort((short) recordLength);
    header.position(32);
    for (Column c : columns) {
      byte[] name = c.dbfName().getBytes(StandardCharsets.UTF_8);
      int at = header.position();
      header.put(name);
      header.position(at + 11);
      header.put((byte) c.type());
      header.position(at + 16);
      header.put((byte) c.width()).put((byte) c.decimals());
      header.position(at + 32);
    }
    header.put((byte) 0x0D).flip();
    int[] truncated = {0};
    try (FileChannel out = FileChannel.open(dbf, StandardOpenOption.WRITE)) {
      writeFully(out, header);
      ByteBuffer record = ByteBuffer.allocate(recordLength);
      int number = 0;
      for (OutputLayer.Feature f : layer.features()) {
        number++;
        record.clear();
        record.put((byte) ' ');
        for (Column c : columns) {
          record.put(cell(layer.name(), number, c, f.values().get(c.field().name()), truncated));
        }
        record.flip();
        writeFully(out, record);
      }
      writeFully(out, ByteBuffer.wrap(new byte[] {0x1A}));
    }
    return truncated[0];
  }

  /** A value laid out in its field's width: text left-aligned, numbers right-aligned. */
  private static byte[] cell(String layer, int number, Column c, Object v, int[] truncated) {
    String where = "layer " + layer + ", feature " + number + ", field " + c.field().name();
    String text;
    boolean right = false;
    if (v == null) {
      // A blank logical is null to GDAL as to dBase; GDAL would read '?' as the text "?".
      text = "";
    } else {
      switch (c.field().type()) {
        case TEXT -> {
          String full = text(v);
          text = cut(full, c.width());
          if (!text.equals(full)) {
            truncated[0]++;
          }
        }
        case REAL -> {
          text = real(where, v);
          right = true;
        }
        case INTEGER -> {
          text = Long.toString(integer(where, "", v));
          right = true;
        }
        case BOOLEAN -> {
          if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException(where + ": " + v + " is not a yes or no");
          }
          text = b ? "T" : "F";
        }
        case DATE -> text = (v instanceof LocalDate d ? d : LocalDate.parse(v.toString())).format(DATE);
        case DATE_TIME -> text = v instanceof LocalDateTime t ? t.withNano(0).format(DATE_TIME) : cut(v.toString(), 19);
        default -> throw new IllegalStateException();
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    byte[] cell = new byte[c.width()];
    java.util.Arrays.fill(cell, (byte) ' ');
    System.arraycopy(bytes, 0, cell, right ? c.width() - bytes.length : 0, bytes.length);
    return cell;
  }

  private static String text(Object v) {
    return v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : v.toString();
  }

  /** A number in at most 19 characters: plainly where it fits, else in scientific notation. */
  private static String real(String where, Object v) {
    if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      throw new IllegalArgumentException(where + ": " + v + " is not a finite number");
    }
    String plain = BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
    return plain.length() <= 19 ? plain : String.format(Locale.ROOT, "%.11E", n.doubleValue());
  }

  private static long integer(String where, String field, Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Double.isFinite(n.doubleValue())) {
      return n.longValue();
    }
    throw new IllegalArgumentException(where + (field.isEmpty() ? "" : ", field " + field) + ": " + v
        + " is not a whole number");
  }
}
