package org.camsurvey.read.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsurvey.read.InputException;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometry of a {@code .shp} (ESRI Shapefile Technical Description, 1998): Null, Point,
 * MultiPoint, PolyLine and Polygon shapes and their M and Z variants, whose M and Z values are
 * dropped (a survey is two-dimensional).
 *
 * <p>Polygon rings are told apart by orientation, as the format defines them: clockwise rings are
 * outer rings, anticlockwise rings are holes, each put in the smallest outer ring that contains
 * it; an anticlockwise ring that no outer ring contains is taken as an outer ring, as GDAL does.
 */
public final class ShpReader {
  private static final int NULL = 0;
  private static final int MULTIPATCH = 31;

  private final String file;
  private final String layer;
  private final ByteBuffer little;
  private final ByteBuffer big;
  private final long end;
  private final GeometryFactory factory;

  /**
   * @param file the {@code .shp} as the user named it, for messages
   * @param layer the layer it holds, for messages
   * @throws InputException when the header is not a shapefile's
   */
  public ShpReader(String file, String layer, byte[] bytes, GeometryFactory factory) {
    this.file = file;
    this.layer = layer;
    this.factory = factory;
    this.little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    this.big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    if (bytes.length < ShxReader.HEADER_BYTES) {
      throw new InputException(file, layer, null, null,
          "is not a shapefile (.shp): " + bytes.length + " bytes, shorter than its 100-byte header");
    }
    int code = big.getInt(0);
    if (code != ShxReader.FILE_CODE) {
      throw new InputException(file, layer, null, null, "is not a shapefile (.shp): its file code is " + code + ", not 9994");
    }
    long declared = 2L * Integer.toUnsignedLong(big.getInt(24));
    // Bytes past the length the header declares are ignored, as GDAL ignores them.
    this.end = Math.min(bytes.length, Math.max(declared, ShxReader.HEADER_BYTES));
  }

  /** The shape type the header declares for the whole file. */
  public int shapeType() {
    return little.getInt(32);
  }

  /**
   * Checks a {@code .shx}'s entries against the records they point at.
   *
   * @param shxFile the {@code .shx} as the user named it
   * @throws InputException naming the record whose entry is out of step with the {@code .shp}
   */
  public ShapeIndex check(ShapeIndex index, String shxFile) {
    for (int i = 0; i < index.size(); i++) {
      long offset = index.offsets()[i];
      long length = index.lengths()[i];
      String record = "#" + (i + 1);
      if (offset < ShxReader.HEADER_BYTES) {
        throw new InputException(shxFile, layer, record, null,
            "the index puts the record at byte " + offset + ", inside the .shp's header: the .shx does not match the .shp"
                + "; delete the .shx to have it rebuilt");
      }
      if (offset + 8 + length > little.capacity()) {
        if (selfConsistent().isPresent()) {
          throw new InputException(shxFile, layer, record, null,
              "the index puts the record's end at byte " + (offset + 8 + length) + ", past the end of the .shp ("
                  + little.capacity() + " bytes), whose own records read whole: the .shx does not match the .shp;"
                  + " delete the .shx to have it rebuilt");
        }
        throw new InputException(file, layer, record, null,
            "the .shp is cut short: the record ends at byte " + (offset + 8 + length) + " but the file has "
                + little.capacity() + " bytes");
      }
      long stated = 2L * Integer.toUnsignedLong(big.getInt((int) offset + 4));
      if (stated != length) {
        throw new InputException(shxFile, layer, record, null,
            "the index says " + length + " bytes at byte " + offset + " but the .shp's record there says " + stated
                + ": the .shx does not match the .shp; delete the .shx to have it rebuilt");
      }
    }
    Optional<ShapeIndex> own = selfConsistent();
    if (own.isPresent() && own.get().size() != index.size()) {
      throw new InputException(shxFile, layer, null, null, "the index lists " + index.size() + " records but the .shp"
          + " holds " + own.get().size() + ", read whole in order: the .shx does not match the .shp; delete the .shx to"
          + " have it rebuilt");
    }
    return index;
  }

  /**
   * The records as the {@code .shp} lays them out itself, where they run record after record to
   * the length its header declares: then a {@code .shx} that disagrees is the one at fault.
   */
  private Optional<ShapeIndex> selfConsistent() {
    try {
      ShapeIndex own = scan();
      int n = own.size();
      boolean whole = n == 0 ? end == ShxReader.HEADER_BYTES : own.offsets()[n - 1] + 8 + own.lengths()[n - 1] == end;
      return whole ? Optional.of(own) : Optional.empty();
    } catch (InputException notWhole) {
      return Optional.empty();
    }
  }

  /**
   * Rebuilds the index by reading the records in order, for a shapefile whose {@code .shx} is
   * missing. Bytes after the last whole record, too few for a record header, are ignored.
   *
   * @throws InputException when a record runs past the end of the file
   */
  public ShapeIndex scan() {
    List<long[]> entries = new ArrayList<>();
    long position = ShxReader.HEADER_BYTES;
    while (position + 8 <= end) {
      long length = 2L * Integer.toUnsignedLong(big.getInt((int) position + 4));
      if (position + 8 + length > little.capacity()) {
        throw new InputException(file, layer, "#" + (entries.size() + 1), null,
            "the .shp is cut short: the record ends at byte " + (position + 8 + length) + " but the file has "
                + little.capacity() + " bytes");
      }
      entries.add(new long[] {position, length});
      position += 8 + length;
    }
    long[] offsets = new long[entries.size()];
    long[] lengths = new long[entries.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = entries.get(i)[0];
      lengths[i] = entries.get(i)[1];
    }
    return new ShapeIndex(offsets, lengths);
  }

  /**
   * The geometry of one record.
   *
   * @param index where the records are, checked or rebuilt by this reader
   * @param i the record's 0-based position
   * @return the geometry, or null for a Null shape or a shape with no points
   * @throws InputException naming the record when its content is not a valid shape
   */
  public Geometry geometry(ShapeIndex index, int i) {
    Record r = new Record("#" + (i + 1), (int) index.offsets()[i] + 8, index.lengths()[i]);
    int type = r.needInt(0, "its shape type");
    return switch (type) {
      case NULL -> null;
      case 1, 11, 21 -> point(r);
      case 8, 18, 28 -> multiPoint(r);
      case 3, 13, 23 -> polyLine(r);
      case 5, 15, 25 -> polygon(r);
      case MULTIPATCH -> throw r.error("MultiPatch shapes (type 31) are not read; export the layer as polygons");
      default -> throw r.error("unknown shape type " + type);
    };
  }

  private Point point(Record r) {
    r.need(4 + 16, "a point");
    return factory.createPoint(r.coordinate(4));
  }

  private Geometry multiPoint(Record r) {
    r.need(40, "a multipoint's header");
    int n = r.count(36, "points");
    r.need(40 + 16L * n, n + " points");
    if (n == 0) {
      return null;
    }
    Point[] points = new Point[n];
    for (int k = 0; k < n; k++) {
      points[k] = factory.createPoint(r.coordinate(40 + 16 * k));
    }
    return factory.createMultiPoint(points);
  }

  /** The parts of a PolyLine or Polygon, each as its coordinates; null when it has no points. */
  private List<Coordinate[]> parts(Record r, String what) {
    r.need(44, what + "'s header");
    int numParts = r.count(36, "parts");
    int numPoints = r.count(40, "points");
    r.need(44 + 4L * numParts + 16L * numPoints, numParts + " parts and " + numPoints + " points");
    if (numPoints == 0) {
      return null;
    }
    if (numParts == 0) {
      throw r.error("a " + what + " of " + numPoints + " points has no parts");
    }
    int[] starts = new int[numParts + 1];
    for (int k = 0; k < numParts; k++) {
      starts[k] = r.intAt(44 + 4 * k);
      boolean inOrder = k == 0 ? starts[k] == 0 : starts[k] > starts[k - 1];
      if (!inOrder || starts[k] >= numPoints) {
        throw r.error("part " + (k + 1) + " starts at point " + starts[k]
            + ", out of order or past the record's " + numPoints + " points");
      }
    }
    starts[numParts] = numPoints;
    int first = 44 + 4 * numParts;
    List<Coordinate[]> parts = new ArrayList<>(numParts);
    for (int k = 0; k < numParts; k++) {
      Coordinate[] part = new Coordinate[starts[k + 1] - starts[k]];
      for (int j = 0; j < part.length; j++) {
        part[j] = r.coordinate(first + 16 * (starts[k] + j));
      }
      parts.add(part);
    }
    return parts;
  }

  private Geometry polyLine(Record r) {
    List<Coordinate[]> parts = parts(r, "line");
    if (parts == null) {
      return null;
    }
    LineString[] lines = new LineString[parts.size()];
    for (int k = 0; k < lines.length; k++) {
      if (parts.get(k).length < 2) {
        throw r.error("line part " + (k + 1) + " has " + parts.get(k).length + " point; a line needs at least 2");
      }
      lines[k] = factory.createLineString(parts.get(k));
    }
    return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
  }

  private Geometry polygon(Record r) {
    List<Coordinate[]> parts = parts(r, "polygon");
    if (parts == null) {
      return null;
    }
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Coordinate[] ring = parts.get(k);
      if (ring.length < 4) {
        throw r.error("polygon ring " + (k + 1) + " has " + ring.length + " points; a ring needs at least 4");
      }
      if (!ring[0].equals2D(ring[ring.length - 1])) {
        throw r.error("polygon ring " + (k + 1) + " is not closed: its first point " + ring[0].x + ", " + ring[0].y
            + " differs from its last");
      }
      LinearRing linearRing = factory.createLinearRing(ring);
      // Area.ofRingSigned is positive for a clockwise ring.
      if (Area.ofRingSigned(ring) >= 0) {
        shells.add(linearRing);
      } else {
        holes.add(linearRing);
      }
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    shells.forEach(s -> holesOf.add(new ArrayList<>()));
    double[] areas = shells.stream().mapToDouble(s -> Math.abs(Area.ofRing(s.getCoordinateSequence()))).toArray();
    List<LinearRing> orphans = new ArrayList<>();
    for (LinearRing hole : holes) {
      int owner = -1;
      for (int s = 0; s < areas.length; s++) {
        if ((owner < 0 || areas[s] < areas[owner]) && contains(shells.get(s), hole)) {
          owner = s;
        }
      }
      if (owner >= 0) {
        holesOf.get(owner).add(hole);
      } else {
        orphans.add(hole);
      }
    }
    for (LinearRing orphan : orphans) {
      shells.add(orphan);
      holesOf.add(new ArrayList<>());
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int s = 0; s < polygons.length; s++) {
      polygons[s] = factory.createPolygon(shells.get(s), holesOf.get(s).toArray(LinearRing[]::new));
    }
    return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
  }

  /** Whether the hole lies inside the shell: its first point that is not on the shell's line decides. */
  private static boolean contains(LinearRing shell, LinearRing hole) {
    Envelope envelope = shell.getEnvelopeInternal();
    if (!envelope.covers(hole.getEnvelopeInternal())) {
      return false;
    }
    Coordinate[] ring = shell.getCoordinates();
    for (Coordinate c : hole.getCoordinates()) {
      int location = PointLocation.locateInRing(c, ring);
      if (location != Location.BOUNDARY) {
        return location == Location.INTERIOR;
      }
    }
    return true;
  }

  /** One record's content, with bounds checked against its stated length. */
  private final class Record {
    private final String label;
    private final int start;
    private final long length;

    Record(String label, int start, long length) {
      this.label = label;
      this.start = start;
      this.length = length;
    }

    InputException error(String reason) {
      return new InputException(file, layer, label, "geometry", reason);
    }

    void need(long bytes, String what) {
      if (bytes > length) {
        throw error("the record is " + length + " bytes long, too short for " + what + " (" + bytes + " bytes)");
      }
    }

    int needInt(int at, String what) {
      need(at + 4L, what);
      return intAt(at);
    }

    int intAt(int at) {
      return little.getInt(start + at);
    }

    int count(int at, String what) {
      int n = intAt(at);
      if (n < 0) {
        throw error("the record gives a negative number of " + what + " (" + n + ")");
      }
      return n;
    }

    Coordinate coordinate(int at) {
      double x = little.getDouble(start + at);
      double y = little.getDouble(start + at + 8);
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw error("a coordinate is not a finite number (" + x + ", " + y + ")");
      }
      return new Coordinate(x, y);
    }
  }
}
