package org.camsurvey.synth;

import java.util.Objects;

/**
 * What synthetic city to make.
 *
 * @param cameras how many cameras, exactly
 * @param zonesPerCamera about how many zones (mandated and forbidden) per camera, 0–2
 * @param seed the seed: the same spec gives the same city, byte for byte
 * @param districts how many of Chongqing's districts the city spreads over, 1–26, the main city's
 *     nine first ({@link District#CHONGQING})
 * @param profile how its sites are laid out
 */
public record CitySpec(long cameras, double zonesPerCamera, long seed, int districts, CityProfile profile) {
  /** More cameras than any city has; a guard against a mistyped count. */
  public static final long MAX_CAMERAS = 50_000_000L;
  public static final double MAX_ZONES_PER_CAMERA = 2;
  public static final double DEFAULT_ZONES_PER_CAMERA = 0.4;

  public CitySpec {
    Objects.requireNonNull(profile, "profile");
    if (cameras < 1 || cameras > MAX_CAMERAS) {
      throw new IllegalArgumentException("cameras must be 1–" + MAX_CAMERAS + ", not " + cameras);
    }
    if (!(zonesPerCamera >= 0 && zonesPerCamera <= MAX_ZONES_PER_CAMERA)) {
      throw new IllegalArgumentException("zones per camera must be 0–" + MAX_ZONES_PER_CAMERA + ", not " + zonesPerCamera);
    }
    if (districts < 1 || districts > District.CHONGQING.size()) {
      throw new IllegalArgumentException("districts must be 1–" + District.CHONGQING.size() + ", not " + districts);
    }
  }

  /** A sparse city, the default. */
  public CitySpec(long cameras, double zonesPerCamera, long seed, int districts) {
    this(cameras, zonesPerCamera, seed, districts, CityProfile.SPARSE);
  }
}
