package org.camsurvey.write;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.read.shapefile.ShxReader;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Writes an {@link OutputLayer} as a shapefile: {@code .shp}, {@code .shx}, {@code .dbf} in UTF-8
 * with a {@code .cpg} saying so, and a {@code .prj} of WGS 84 (the layer's geometry is longitude
 * and latitude).
 *
 * <ul>
 *   <li>One shape type per file, from the geometries: Point (MultiPoint if any feature has
 *       several points), PolyLine or Polygon, outer rings clockwise and holes anticlockwise as the
 *       format wants; a layer without geometry is written as Null shapes. A layer mixing lines and
 *       polygons cannot be one shapefile and is refused.
 *   <li>Field names are cut to the DBF's 10 characters, kept distinct ({@code recorded_by} →
 *       {@code recorded_b}); {@link Written#fieldNames()} says what became of each.
 *   <li>Types: TEXT → C as wide as the longest value (at most 254 bytes; longer values are cut at a
 *       character and counted), REAL → N(19,8), INTEGER → N(10,0) or wider, BOOLEAN → L (T, F,
 *       blank for unknown), DATE → D, DATE_TIME → C(19) {@code yyyy-MM-ddTHH:mm:ss}.
 * </ul>
 *
 * <p>Every file is written beside its target under a temporary name and the set is moved into
 * place only when all of it is complete, so a failure leaves no partial shapefile.
 */
public final class ShapefileWriter {
  private static final int MAX_TEXT_BYTES = 254;
  private static final int HEADER_BYTES = 100;
  private static final List<String> STALE_SIDECARS = List.of("qix", "sbn", "sbx", "shp.xml");
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  /** WGS 84 as ESRI WKT, as GDAL writes it. */
  static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
      + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

  /**
   * What was written.
   *
   * @param files the files, {@code .shp} first
   * @param fieldNames each field's name in the {@code .dbf}, by its name in the layer
   * @param truncatedValues how many text values were cut to the DBF's 254 bytes
   */
  public record Written(List<Path> files, Map<String, String> fieldNames, int truncatedValues) {
    public Written {
      files = List.copyOf(files);
      fieldNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldNames));
    }
  }

  private ShapefileWriter() {}

  /**
   * Writes {@code folder/<layer name>.shp} and its sidecars.
   *
   * @param replace whether files of that name may be replaced (their stale spatial indexes are
   *     removed too)
   * @throws FileAlreadyExistsException when a file of the set exists and {@code replace} is false
   * @throws IllegalArgumentException when the layer cannot be a shapefile: lines and polygons
   *     mixed, a coordinate or value that is not finite, a value not of its field's type
   * @throws IOException when writing fails; nothing is left behind
   */
  public static Written write(OutputLayer layer, Path folder, boolean replace) throws IOException {
    String name = layer.name();
    if (name.isEmpty() || name.matches(".*[/\\\\:].*") || name.startsWith(".")) {
      throw new IllegalArgumentException("'" + name + "' cannot name a shapefile");
    }
    layer = wallsAsLines(layer);
    int shapeType = shapeType(layer);
    List<Column> columns = columns(layer);
    List<String> extensions = shapeType == 0 ? List.of("shp", "shx", "dbf", "cpg") : List.of("shp", "shx", "dbf", "prj", "cpg");
    Map<String, Path> targets = new LinkedHashMap<>();
    for (String extension : extensions) {
      Path target = folder.resolve(name + "." + extension);
      if (!replace && Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString(), null, "exists; the layer would replace it");
      }
      targets.put(extension, target);
    }
    Map<String, Path> temporary = new LinkedHashMap<>();
    boolean done = false;
    try {
      for (String extension : extensions) {
        temporary.put(extension, Files.createTempFile(folder, "." + name + ".", "." + extension + ".part"));
      }
      writeShapes(layer, shapeType, temporary.get("shp"), temporary.get("shx"));
      int truncated = writeTable(layer, columns, temporary.get("dbf"));
      if (temporary.containsKey("prj")) {
        Files.writeString(temporary.get("prj"), WGS84_PRJ, StandardCharsets.US_ASCII);
      }
      Files.writeString(temporary.get("cpg"), "UTF-8", StandardCharsets.US_ASCII);
      for (String extension : extensions) {
        move(temporary.get(extension), targets.get(extension), replace);
      }
      done = true;
      if (replace) {
        for (String stale : STALE_SIDECARS) {
          Files.deleteIfExists(folder.resolve(name + "." + stale));
        }
      }
      Map<String, String> names = new LinkedHashMap<>();
      columns.forEach(c -> names.put(c.field().name(), c.dbfName()));
      return new Written(new ArrayList<>(targets.values()), names, truncated);
    } finally {
      if (!done) {
        for (Path t : temporary.values()) {
          Files.deleteIfExists(t);
        }
      }
    }
  }

  private static void move(Path from, Path to, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to);
      }
    }
  }

  // ---- geometry ----

  /**
   * A layer of walls and buildings (lines and polygons: a shapefile holds one kind) with each
   * building written as its outline. Nothing is lost for sight: a building blocks exactly what its
   * ring does (see {@link org.camsurvey.geo.WallIndex}).
   */
  private static OutputLayer wallsAsLines(OutputLayer layer) {
    if (layer.geometry() != LayerSchema.GeometryKind.LINE_OR_POLYGON
        || layer.features().stream().noneMatch(f -> f.geometry() instanceof Lineal)) {
      return layer;
    }
    List<OutputLayer.Feature> features = new java.util.ArrayList<>();
    for (OutputLayer.Feature f : layer.features()) {
      features.add(f.geometry() instanceof Polygonal ? new OutputLayer.Feature(f.values(), f.geometry().getBoundary()) : f);
    }
    return new OutputLayer(layer.name(), layer.geometry(), layer.fields(), features);
  }

  /** The file's shape type: 0 Null, 1 Point, 8 MultiPoint, 3 PolyLine, 5 Polygon. */
  private static int shapeType(OutputLayer layer) {
    boolean points = false;
    boolean multiPoints = false;
    boolean lines = false;
    boolean polygons = false;
    for (OutputLayer.Feature f : layer.features()) {
      Geometry g = f.geometry();
      if (g == null || g.isEmpty()) {
        continue;
      }
      if (g instanceof Point) {
        points = true;
      } else if (g instanceof MultiPoint) {
        multiPoints = true;
      } else if (g instanceof Lineal) {
        lines = true;
      } else if (g instanceof Polygonal) {
        polygons = true;
      } else {
        throw new IllegalArgumentException("layer " + layer.name() + ": a " + g.getGeometryType()
            + " cannot be written to a shapefile");
      }
    }
    int kinds = (points || multiPoints ? 1 : 0) + (lines ? 1 : 0) + (polygons ? 1 : 0);
    if (kinds > 1) {
      throw new IllegalArgumentException("layer " + layer.name() + " mixes " + (points || multiPoints ? "points, " : "")
          + (lines ? "lines, " : "") + (polygons ? "polygons, " : "") + "but a shapefile holds one kind of shape");
    }
    if (multiPoints) {
      return 8;
    }
    if (points) {
      return 1;
    }
    if (lines) {
      return 3;
    }
    if (polygons) {
      return 5;
    }
    return switch (layer.geometry()) {
      case POINT -> 1;
      case POLYGON, LINE_OR_POLYGON -> 5;
      case NONE, ANY -> 0;
    };
  }

  private static void writeShapes(OutputLayer layer, int shapeType, Path shp, Path shx) throws IOException {
    Envelope bounds = new Envelope();
    try (FileChannel main = FileChannel.open(shp, StandardOpenOption.WRITE);
        FileChannel index = FileChannel.open(shx, StandardOpenOption.WRITE)) {
      main.position(HEADER_BYTES);
      index.position(HEADER_BYTES);
      long offset = HEADER_BYTES;
      int number = 0;
      for (OutputLayer.Feature f : layer.features()) {
        number++;
        Geometry g = f.geometry();
        byte[] content = g == null || g.isEmpty() ? nullShape() : content(layer.name(), number, g, shapeType);
        if (g != null && !g.isEmpty()) {
          bounds.expandToInclude(g.getEnvelopeInternal());
        }
        ByteBuffer header = ByteBuffer.allocate(8).putInt(number).putInt(content.length / 2).flip();
        writeFully(main, header);
        writeFully(main, ByteBuffer.wrap(content));
        writeFully(index, ByteBuffer.allocate(8).putInt((int) (offset / 2)).putInt(content.length / 2).flip());
        offset += 8 + content.length;
        if (offset / 2 > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("layer " + layer.name() + " is too large for a shapefile (4 GiB)");
        }
      }
      main.position(0);
      writeFully(main, fileHeader(offset, shapeType, bounds));
      index.position(0);
      writeFully(index, fileHeader(HEADER_BYTES + 8L * number, shapeType, bounds));
    }
  }

  private static ByteBuffer fileHeader(long length, int shapeType, Envelope bounds) {
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
    b.putInt(ShxReader.FILE_CODE).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt((int) (length / 2));
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
    if (!bounds.isNull()) {
      b.putDouble(bounds.getMinX()).putDouble(bounds.getMinY()).putDouble(bounds.getMaxX()).putDouble(bounds.getMaxY());
    }
    return b.position(0);
  }

  private static byte[] nullShape() {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
  }

  private static byte[] content(String layer, int number, Geometry g, int shapeType) {
    for (Coordinate c : g.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        throw new IllegalArgumentException("layer " + layer + ", feature " + number + ": coordinate " + c.x + ", " + c.y
            + " is not finite");
      }
    }
    return switch (shapeType) {
      case 1 -> {
        Coordinate c = g.getCoordinate();
        yield little(20).putInt(1).putDouble(c.x).putDouble(c.y).array();
      }
      case 8 -> {
        Coordinate[] points = g.getCoordinates();
        ByteBuffer b = little(40 + 16 * points.length).putInt(8);
        box(b, g.getEnvelopeInternal()).putInt(points.length);
        for (Coordinate c : points) {
          b.putDouble(c.x).putDouble(c.y);
        }
        yield b.array();
      }
      case 3 -> {
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
          parts.add(((LineString) g.getGeometryN(i)).getCoordinates());
        }
        yield parts(3, g.getEnvelopeInternal(), parts);
      }
      default -> {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
          Polygon p = (Polygon) g.getGeometryN(i);
          rings.add(oriented(p.getExteriorRing().getCoordinates(), false));
          for (int h = 0; h < p.getNumInteriorRing(); h++) {
            rings.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
          }
        }
        yield parts(5, g.getEnvelopeInternal(), rings);
      }
    };
  }

  /** The ring clockwise (an outer ring) or anticlockwise (a hole), as the format wants them. */
  private static Coordinate[] oriented(Coordinate[] ring, boolean anticlockwise) {
    if (Orientation.isCCW(ring) == anticlockwise) {
      return ring;
    }
    Coordinate[] reversed = ring.clone();
    java.util.Collections.reverse(java.util.Arrays.asList(reversed));
    return reversed;
  }

  private static byte[] parts(int type, Envelope box, List<Coordinate[]> parts) {
    int points = parts.stream().mapToInt(p -> p.length).sum();
    ByteBuffer b = little(44 + 4 * parts.size() + 16 * points).putInt(type);
    box(b, box).putInt(parts.size()).putInt(points);
    int start = 0;
    for (Coordinate[] part : parts) {
      b.putInt(start);
      start += part.length;
    }
    for (Coordinate[] part : parts) {
      for (Coordinate c : part) {
        b.putDouble(c.x).putDouble(c.y);
      }
    }
    return b.array();
  }

  private static ByteBuffer box(ByteBuffer b, Envelope e) {
    return b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  // ---- attributes ----

  /** A field as the DBF holds it. */
  private record Column(LayerSchema.Field field, String dbfName, char type, int width, int decimals) {}

  private static List<Column> columns(OutputLayer layer) {
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

  private static int writeTable(OutputLayer layer, List<Column> columns, Path dbf) throws IOException {
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
