package org.camsurvey.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** What part of a zone a view covers is an area, whatever else the overlay returns. */
class ZoneCoverageTest {
  /**
   * A camera's view (a band with its blind part cut out) and a mandated zone whose edge one of the
   * view's edges runs along: camera C014 and zone Z08 of site 500112-000389 in {@code camsurvey
   * synth --cameras 100000 --seed 1}, where {@code check} stopped with "Overlay input is
   * mixed-dimension". Their intersection is a polygon and a line.
   */
  @Test
  void aViewTouchingAZoneAlongAnEdgeCoversOnlyItsArea() throws Exception {
    List<Geometry> shapes = resource("view-touching-zone.wkt");
    Geometry view = shapes.get(0);
    Geometry zone = shapes.get(1);
    Geometry overlay = OverlayNGRobust.overlay(view, zone, OverlayNG.INTERSECTION);
    assertThat(overlay).isExactlyInstanceOf(GeometryCollection.class);
    assertThat(overlay.getDimension()).isEqualTo(2);

    Geometry part = ZoneCoverage.polygonal(overlay);

    assertThat(part).isInstanceOf(Polygon.class);
    assertThat(part.getArea()).isEqualTo(overlay.getArea());
    Geometry union = OverlayNGRobust.union(List.of(part, view.getFactory().createPolygon()));
    assertThat(union.getArea()).isEqualTo(part.getArea(), offset(1e-9));
  }

  @Test
  void anAreaOrNothingIsKeptAsItIs() throws ParseException {
    Geometry square = new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    assertThat(ZoneCoverage.polygonal(square)).isSameAs(square);
    Geometry touching = new WKTReader().read("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 0), POINT (2 2))");
    assertThat(ZoneCoverage.polygonal(touching).isEmpty()).isTrue();
  }

  private static List<Geometry> resource(String name) throws IOException, ParseException {
    try (InputStream in = ZoneCoverageTest.class.getResourceAsStream(name)) {
      WKTReader reader = new WKTReader();
      List<Geometry> shapes = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        shapes.add(reader.read(line));
      }
      return shapes;
    }
  }
}
