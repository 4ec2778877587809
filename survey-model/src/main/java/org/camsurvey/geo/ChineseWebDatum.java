package org.camsurvey.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * The offset coordinates of Chinese web maps: GCJ-02 (国测局坐标, Amap/Gaode, Tencent, Google's
 * China tiles) and BD-09 (百度坐标, Baidu). They are not CRSs but obfuscations of WGS 84 by
 * published formulas, offsetting points by some hundreds of metres inside China (and not at
 * all outside it).
 *
 * <p>The forward formulas (WGS 84 → GCJ-02 → BD-09) are the published ones; their inverses
 * have no closed form, so {@link #toWgs84} solves them by fixed-point iteration to 1e-10°
 * (about 10 µm), rather than the one-step approximation common libraries use, which is off by
 * up to a metre or two.
 */
public enum ChineseWebDatum {
  GCJ02,
  BD09;

  private static final double KRASOVSKY_A = 6378245.0;
  private static final double KRASOVSKY_EE = 0.00669342162296594323;
  private static final double BD_X_PI = Math.PI * 3000.0 / 180.0;
  private static final double TOLERANCE_DEGREES = 1e-10;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChineseWebDatum> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace("-", "");
    for (ChineseWebDatum d : values()) {
      if (d.code().equals(t)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Offsets a WGS 84 point as the web map would show it. */
  public double[] fromWgs84(double lon, double lat) {
    double[] gcj = wgs84ToGcj02(lon, lat);
    return this == GCJ02 ? gcj : gcj02ToBd09(gcj[0], gcj[1]);
  }

  /** Takes the web map's offset back out, returning WGS 84 {longitude, latitude}. */
  public double[] toWgs84(double lon, double lat) {
    double x = lon;
    double y = lat;
    for (int i = 0; i < 50; i++) {
      double[] shown = fromWgs84(x, y);
      double dx = shown[0] - lon;
      double dy = shown[1] - lat;
      x -= dx;
      y -= dy;
      if (Math.abs(dx) < TOLERANCE_DEGREES && Math.abs(dy) < TOLERANCE_DEGREES) {
        break;
      }
    }
    return new double[] {x, y};
  }

  /** The published bounding box outside which GCJ-02 leaves points where they are. */
  static boolean outsideChina(double lon, double lat) {
    return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
  }

  static double[] wgs84ToGcj02(double lon, double lat) {
    if (outsideChina(lon, lat)) {
      return new double[] {lon, lat};
    }
    double dLat = latitudeShift(lon - 105.0, lat - 35.0);
    double dLon = longitudeShift(lon - 105.0, lat - 35.0);
    double radLat = Math.toRadians(lat);
    double magic = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {lon + dLon, lat + dLat};
  }

  static double[] gcj02ToBd09(double lon, double lat) {
    double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BD_X_PI);
    double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BD_X_PI);
    return new double[] {z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006};
  }

  private static double latitudeShift(double x, double y) {
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double longitudeShift(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
