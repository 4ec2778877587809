package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Shapes as the ESRI technical description lays them out, and as GDAL writes them. */
class ShpReaderTest {
  private static final double[] SQUARE_CW = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0};
  private static final double[] HOLE_CCW = {2, 2, 8, 2, 8, 8, 2, 8, 2, 2};
  private static final double[] ISLAND_CW = {4, 4, 4, 6, 6, 6, 6, 4, 4, 4};
  private static final double[] FAR_CCW = {20, 0, 30, 0, 30, 10, 20, 10, 20, 0};

  /** GDAL's ogr2ogr wrote each kind in 2D, Z, M and ZM from WKT with Z and M (make-fixtures.sh). */
  @ParameterizedTest(name = "{0}-{1}")
  @CsvSource(delimiter = '|', textBlock = """
      point      | xy   | POINT (1 2)
      point      | xyz  | POINT (1 2)
      point      | xym  | POINT (1 2)
      point      | xyzm | POINT (1 2)
      multipoint | xy   | MULTIPOINT ((1 2), (5 6))
      multipoint | xyz  | MULTIPOINT ((1 2), (5 6))
      multipoint | xym  | MULTIPOINT ((1 2), (5 6))
      multipoint | xyzm | MULTIPOINT ((1 2), (5 6))
      line       | xy   | LINESTRING (0 0, 10 0, 10 10)
      line       | xyz  | LINESTRING (0 0, 10 0, 10 10)
      line       | xym  | LINESTRING (0 0, 10 0, 10 10)
      line       | xyzm | LINESTRING (0 0, 10 0, 10 10)
      polygon    | xy   | MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)), ((20 0, 30 0, 30 10, 20 10, 20 0)))
      polygon    | xyz  | MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)), ((20 0, 30 0, 30 10, 20 10, 20 0)))
      polygon    | xym  | MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)), ((20 0, 30 0, 30 10, 20 10, 20 0)))
      polygon    | xyzm | MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)), ((20 0, 30 0, 30 10, 20 10, 20 0)))
      """)
  void readsEveryKindInEveryDimensionAsTwoDimensionalShapes(String kind, String dim, String first) {
    var shp = Fixtures.resource("geometry-kinds/" + kind + "-" + dim + ".shp");
    RawLayer layer = ShapefileReader.read(shp, shp.getFileName().toString(), "test", ImportOptions.defaults());

    List<Geometry> geometries = new ArrayList<>();
    layer.features().forEach(f -> geometries.add(f.geometry()));
    assertThat(geometries).hasSize(3);
    assertSame(geometries.get(0), first);
    assertThat(geometries.get(0).getCoordinates()).allMatch(c -> Double.isNaN(c.getZ()) && Double.isNaN(c.getM()));
    String second = switch (kind) {
      case "point" -> null;
      case "multipoint" -> "MULTIPOINT ((9 9))";
      case "line" -> "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 2))";
      default -> "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";
    };
    Geometry nullRecord = kind.equals("point") ? geometries.get(1) : geometries.get(2);
    assertThat((Object) nullRecord).as("the record with no geometry").isNull();
    if (second != null) {
      assertSame(geometries.get(1), second);
    } else {
      assertSame(geometries.get(2), "POINT (-5.5 6.25)");
    }
    assertThat(layer.features()).map(RawFeature::number).containsExactly(1, 2, 3);
  }

  @Test
  void holesGoToTheSmallestOuterRingAroundThem() {
    Geometry g = single(new ShapefileBytes(5).parts(5, SQUARE_CW, HOLE_CCW, ISLAND_CW));

    assertSame(g, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 8 2, 8 8, 2 8, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)))");
  }

  @Test
  void anAnticlockwiseRingNoOuterRingHoldsIsAnOuterRing() {
    Geometry g = single(new ShapefileBytes(5).parts(5, SQUARE_CW, FAR_CCW));

    assertSame(g, "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))");
  }

  @Test
  void aHoleTouchingItsShellAtAVertexStillBelongsToIt() {
    double[] touchingCcw = {0, 0, 5, 2, 5, 5, 0, 0};
    Geometry g = single(new ShapefileBytes(5).parts(5, SQUARE_CW, touchingCcw));

    assertSame(g, "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (0 0, 5 2, 5 5, 0 0))");
  }

  @Test
  void aNullRecordHasNoGeometry() {
    assertThat((Object) single(new ShapefileBytes(1).nullShape())).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown shape type  | unknown shape type 99
      multipatch          | MultiPatch shapes (type 31) are not read
      three-point ring    | polygon ring 1 has 3 points; a ring needs at least 4
      open ring           | polygon ring 1 is not closed
      one-point line      | line part 2 has 1 point
      nan coordinate      | a coordinate is not a finite number
      parts out of order  | part 2 starts at point 0, out of order
      too many points     | too short for 1 parts and 100 points
      negative parts      | negative number of parts (-1)
      short point         | too short for a point
      """)
  void aShapeThatIsNotValidIsAnInputErrorNamingTheRecord(String shape, String reason) {
    ShapefileBytes bytes = new ShapefileBytes(5).nullShape();
    switch (shape) {
      case "unknown shape type" -> bytes.record(java.nio.ByteBuffer.allocate(4).putInt(0, Integer.reverseBytes(99)).array());
      case "multipatch" -> bytes.record(java.nio.ByteBuffer.allocate(4).putInt(0, Integer.reverseBytes(31)).array());
      case "three-point ring" -> bytes.parts(5, new double[] {0, 0, 1, 1, 0, 0});
      case "open ring" -> bytes.parts(5, new double[] {0, 0, 0, 1, 1, 1, 1, 0});
      case "one-point line" -> bytes.parts(3, new double[] {0, 0, 1, 1}, new double[] {5, 5});
      case "nan coordinate" -> bytes.point(Double.NaN, 1);
      case "parts out of order" -> {
        bytes.parts(3, new double[] {0, 0, 1, 1}, new double[] {5, 5, 6, 6});
        patchInt(bytes, 48, 0);
      }
      case "too many points" -> {
        bytes.parts(5, SQUARE_CW);
        patchInt(bytes, 40, 100);
      }
      case "negative parts" -> {
        bytes.parts(5, SQUARE_CW);
        patchInt(bytes, 36, -1);
      }
      case "short point" -> bytes.record(java.nio.ByteBuffer.allocate(12).putInt(0, Integer.reverseBytes(1)).array());
      default -> throw new IllegalArgumentException(shape);
    }
    ShpReader reader = new ShpReader("zones.shp", "zones", bytes.shp(), new GeometryFactory());
    ShapeIndex index = reader.check(ShxReader.read("zones.shx", "zones", bytes.shx()), "zones.shx");

    assertThat((Object) reader.geometry(index, 0)).isNull();
    assertThatThrownBy(() -> reader.geometry(index, 1)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.file()).isEqualTo("zones.shp");
      assertThat(e.layer()).isEqualTo("zones");
      assertThat(e.record()).isEqualTo("#2");
      assertThat(e.reason()).contains(reason);
    });
  }

  /** Overwrites a little-endian int in the content of the last record built. */
  private static void patchInt(ShapefileBytes bytes, int at, int value) {
    try {
      var field = ShapefileBytes.class.getDeclaredField("records");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      List<byte[]> records = (List<byte[]>) field.get(bytes);
      java.nio.ByteBuffer.wrap(records.get(records.size() - 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Geometry single(ShapefileBytes bytes) {
    ShpReader reader = new ShpReader("t.shp", "test", bytes.shp(), new GeometryFactory());
    ShapeIndex index = reader.scan();
    assertThat(index.size()).isEqualTo(1);
    return reader.geometry(index, 0);
  }

  private static void assertSame(Geometry actual, String wkt) {
    try {
      Geometry expected = new WKTReader().read(wkt);
      assertThat(actual.norm().equalsExact(expected.norm())).as(actual + " is " + wkt).isTrue();
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
