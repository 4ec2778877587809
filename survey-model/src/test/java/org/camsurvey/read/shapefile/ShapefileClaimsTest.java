package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camsurvey.fixture.CpuClock;
import org.camsurvey.read.InputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Sizes a shapefile's headers claim are checked against the bytes there are before anything is
 * allocated for them: a table of four billion records, a record of four gigabytes, a polygon of
 * two billion points in a record of a hundred bytes are refused at once.
 */
class ShapefileClaimsTest {
  @Test
  void aDbfClaimingFourBillionRecordsIsRefusedAtOnce() {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of("ID:C:5"), List.of(List.of("a")));
    ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0xFFFF_FFFF);

    assertRefusedAtOnce(() -> new DbfReader("t.dbf", "cameras", dbf), "says 4294967295 records");
  }

  @Test
  void aShpRecordClaimingFourGigabytesIsRefusedAtOnce() {
    byte[] shp = new ShapefileBytes(1).point(106.5, 29.5).shp();
    ByteBuffer.wrap(shp).putInt(100 + 4, Integer.MAX_VALUE); // content length in 16-bit words

    assertRefusedAtOnce(() -> new ShpReader("t.shp", "cameras", shp, new GeometryFactory()).scan(),
        "the .shp is cut short");
  }

  @Test
  void aPolygonClaimingTwoBillionPointsIsRefusedAtOnce() {
    byte[] shp = new ShapefileBytes(5).parts(5, new double[] {0, 0, 1, 0, 1, 1, 0, 0}).shp();
    ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN).putInt(100 + 8 + 40, Integer.MAX_VALUE); // numPoints

    assertRefusedAtOnce(() -> {
      ShpReader reader = new ShpReader("t.shp", "zones", shp, new GeometryFactory());
      reader.geometry(reader.scan(), 0);
    }, "2147483647 points");
  }

  private static void assertRefusedAtOnce(Runnable read, String reason) {
    long start = CpuClock.millis();
    assertThatThrownBy(read::run).isInstanceOfSatisfying(InputException.class,
        e -> assertThat(e.reason()).contains(reason));
    assertThat(CpuClock.millis() - start).as("CPU milliseconds to refuse it").isLessThan(1_000);
  }
}
