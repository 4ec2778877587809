package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** What a camera's view kept of a wall's shadow passing 4e-15 m from its blind band's arc (the Jiefangbei sample). */
class SliversTest {
  private static final String SLIVER =
      "((-8.652511602621589 64.993763481432, -8.652511602621585 64.993763481432, "
          + "-10.257958888944305 64.31229326641187, -8.652511602621589 64.993763481432))";

  @Test
  void aTriangleNanometresWideGoesAndItsPolygonIsLeftAlone() throws ParseException {
    Geometry view = wkt("MULTIPOLYGON (" + SLIVER + ", ((0 60, 10 60, 10 70, 0 70, 0 60)))");
    Geometry kept = Slivers.without(view, 1e-6);
    assertThat(kept.getGeometryType()).isEqualTo("Polygon");
    assertThat(kept.equalsExact(view.getGeometryN(1))).isTrue();
  }

  @Test
  void partsWiderThanAMicrometreStay() throws ParseException {
    Geometry twoRooms = wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((5 0, 5.00001 0, 5.00001 3, 5 3, 5 0)))");
    assertThat(Slivers.without(twoRooms, 1e-6)).isSameAs(twoRooms);
    Geometry single = wkt("POLYGON " + SLIVER);
    assertThat(Slivers.without(single, 1e-6)).isSameAs(single);
  }

  @Test
  void onlySliversLeaveNothing() throws ParseException {
    Geometry slivers = wkt("MULTIPOLYGON (" + SLIVER + ", " + SLIVER.replace("-10.257958888944305", "-11") + ")");
    Geometry kept = Slivers.without(slivers, 1e-6);
    assertThat(kept.isEmpty()).isTrue();
    assertThat(kept.getGeometryType()).isEqualTo("Polygon");
  }

  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }
}
