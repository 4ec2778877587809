package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;

/**
 * A datum's published shifts to WGS 84 that hold in a region only, as the EPSG dataset gives them
 * and PROJ picks them: the most accurate whose area of use (its bounding box) holds the point.
 *
 * <p>The EPSG data proj4j ships gives Beijing 1954 one shift everywhere (EPSG:4214's {@code
 * +towgs84=15.8,-154.4,-82.3}, which EPSG publishes as transformation 15921 for the Tarim basin
 * only); in the Ordos basin and offshore EPSG publishes others, which PROJ uses there, 4 to 40 m
 * away. Outside every area the shipped shift stays (PROJ would then shift by nothing, a hundred
 * metres and more off).
 *
 * @param epsgCode the transformation's EPSG code
 * @param south the area of use's bounding box, degrees
 * @param towgs84 the parameters as PROJ's {@code +towgs84} (position vector)
 */
record RegionalDatumShift(
    int epsgCode, double south, double west, double north, double east, String towgs84,
    CoordinateTransform to, CoordinateTransform back) {
  private static final CRSFactory FACTORY = new CRSFactory();
  private static final String BEIJING_1954_SHIPPED = "15.8,-154.4,-82.3";
  private static final double KRASOVSKY_A = 6_378_245;

  /** By accuracy, as PROJ orders them: 1 m (15921, 15936), 10 m (15935), 15 m (15919, 15920). */
  private static final Object[][] BEIJING_1954 = {
    {15921, 37, 77.45, 41.99, 88, "15.8,-154.4,-82.3"},
    {15936, 35, 107, 39, 110.01, "11.911,-154.833,-80.079"},
    {15935, 17.81, 107.15, 21.69, 110.17, "18,-136.8,-73.7,0,0,0.814,-0.38"},
    {15919, 31.23, 119.23, 37.4, 125.06, "15.53,-113.82,-41.38,0,0,0.814,-0.38"},
    {15920, 18.31, 110.13, 22.89, 116.76, "31.4,-144.3,-74.8,0,0,0.814,-0.38"},
  };

  /**
   * The regional shifts of a datum whose CRS shifts by the one the EPSG data ships for it, or none
   * (another datum, or a shift the data or the user chose).
   */
  static List<RegionalDatumShift> of(double semiMajor, double[] towgs84) {
    if (Math.abs(semiMajor - KRASOVSKY_A) > 0.01 || !shipped(towgs84)) {
      return List.of();
    }
    List<RegionalDatumShift> shifts = new ArrayList<>();
    CoordinateReferenceSystem wgs84 = FACTORY.createFromName("EPSG:4326");
    for (Object[] row : BEIJING_1954) {
      CoordinateReferenceSystem from =
          FACTORY.createFromParameters("custom", "+proj=longlat +ellps=krass +towgs84=" + row[5] + " +no_defs");
      shifts.add(new RegionalDatumShift((Integer) row[0], num(row[1]), num(row[2]), num(row[3]), num(row[4]),
          (String) row[5], new BasicCoordinateTransform(from, wgs84), new BasicCoordinateTransform(wgs84, from)));
    }
    return List.copyOf(shifts);
  }

  private static boolean shipped(double[] towgs84) {
    String[] p = BEIJING_1954_SHIPPED.split(",");
    if (towgs84 == null || towgs84.length < 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (towgs84[i] != Double.parseDouble(p[i])) {
        return false;
      }
    }
    for (int i = 3; i < towgs84.length; i++) {
      if (towgs84[i] != (i == 6 ? 1 : 0)) {
        return false;
      }
    }
    return true;
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  boolean holds(double lon, double lat) {
    return lat >= south && lat <= north && lon >= west && lon <= east;
  }

  /** The first of the shifts whose area holds the point, or null. */
  static RegionalDatumShift at(List<RegionalDatumShift> shifts, double lon, double lat) {
    for (RegionalDatumShift shift : shifts) {
      if (shift.holds(lon, lat)) {
        return shift;
      }
    }
    return null;
  }
}
