package org.camsurvey.remedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camsurvey.model.Obstacle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Where the search of a site may stand a camera, and which headings from a place see some of an
 * area, in the survey's frame.
 */
final class CameraPlaces {
  /** The most places along a zone's edge and the site's walls a new camera is tried at. */
  private static final int MAX_PLACES = 48;

  private CameraPlaces() {}

  /**
   * The headings from which a camera at a point sees some of an area: the area's bearings widened
   * by half the angle and a margin; null where the camera stands in the area or the area spans
   * half the horizon.
   */
  static double[] bearings(Coordinate at, Geometry area, double hfov) {
    double first = Double.NaN;
    double low = 0;
    double high = 0;
    for (Coordinate c : area.getCoordinates()) {
      double b = bearing(at, c);
      if (Double.isNaN(first)) {
        first = b;
        continue;
      }
      double d = ((b - first) % 360 + 540) % 360 - 180;
      low = Math.min(low, d);
      high = Math.max(high, d);
    }
    if (Double.isNaN(first) || high - low >= 180 || area.contains(area.getFactory().createPoint(at))) {
      return null;
    }
    double margin = hfov / 2 + SiteSearch.COARSE_STEP * 2;
    return new double[] {first + low - margin, first + high + margin};
  }

  static boolean within(double heading, double[] window) {
    double d = ((heading - window[0]) % 360 + 360) % 360;
    return d <= window[1] - window[0];
  }

  /** The frame bearing from one point to another, clockwise from the frame's north. */
  static double bearing(Coordinate from, Coordinate to) {
    return (Math.toDegrees(Math.atan2(to.x - from.x, to.y - from.y)) + 360) % 360;
  }

  /**
   * Where a new camera may go: along the zone's outline (its corners, and points no further apart
   * than half the camera's range), then the corners of the site's walls within range of the zone,
   * nearest first; at most {@link #MAX_PLACES}, taken evenly.
   */
  static List<Coordinate> places(Geometry area, double rangeMetres, List<Obstacle> walls) {
    List<Coordinate> places = new ArrayList<>();
    double spacing = Math.max(rangeMetres / 2, 1);
    for (Object p : PolygonExtracter.getPolygons(area)) {
      Coordinate[] ring = ((Polygon) p).getExteriorRing().getCoordinates();
      for (int i = 0; i + 1 < ring.length; i++) {
        places.add(ring[i]);
        double length = ring[i].distance(ring[i + 1]);
        int pieces = (int) Math.ceil(length / spacing);
        for (int k = 1; k < pieces; k++) {
          double f = (double) k / pieces;
          places.add(new Coordinate(ring[i].x + f * (ring[i + 1].x - ring[i].x), ring[i].y + f * (ring[i + 1].y - ring[i].y)));
        }
      }
    }
    List<Coordinate> corners = new ArrayList<>();
    for (Obstacle wall : walls) {
      for (Coordinate c : wall.shape().getCoordinates()) {
        if (area.distance(area.getFactory().createPoint(c)) < rangeMetres && !corners.contains(c)) {
          corners.add(c);
        }
      }
    }
    corners.sort(Comparator.comparingDouble((Coordinate c) -> area.distance(area.getFactory().createPoint(c)))
        .thenComparingDouble(c -> c.x).thenComparingDouble(c -> c.y));
    places.addAll(corners);
    if (places.size() <= MAX_PLACES) {
      return places;
    }
    List<Coordinate> even = new ArrayList<>();
    for (int k = 0; k < MAX_PLACES; k++) {
      even.add(places.get((int) ((long) k * places.size() / MAX_PLACES)));
    }
    return even;
  }
}
