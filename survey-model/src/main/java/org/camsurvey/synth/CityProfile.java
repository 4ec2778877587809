package org.camsurvey.synth;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How a synthetic city's sites are laid out.
 *
 * <p>{@link #SPARSE}: sites of a kind's size (some 20 cameras on average) with their mandated
 * zones in rows watched by cameras looking away from the private rooms, so that a camera's view
 * meets few zones and few cameras see a room. {@link #DENSE}: sites of 6–14 cameras around a
 * court, each side's cameras looking across it at their own mandated zone and on to the rooms
 * in its middle ({@link CourtyardPlan}), so that a camera's view meets about every zone of its
 * site (some four) and most cameras see a room: the city a GIS engineer tried against PostGIS
 * in issue #18.
 */
public enum CityProfile {
  SPARSE,
  DENSE;

  /** The fewest and most cameras of a dense site: about ten. */
  private static final int DENSE_MIN_CAMERAS = 6;
  private static final int DENSE_MAX_CAMERAS = 14;

  /** As the option spells it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a profile by its code. */
  public static Optional<CityProfile> parse(String text) {
    for (CityProfile p : values()) {
      if (p.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** How many cameras a site of this kind gets, drawn. */
  int cameras(SplittableRandom random, SiteKind kind) {
    return switch (this) {
      case SPARSE -> kind.minCameras + random.nextInt(kind.maxCameras - kind.minCameras + 1);
      case DENSE -> DENSE_MIN_CAMERAS + random.nextInt(DENSE_MAX_CAMERAS - DENSE_MIN_CAMERAS + 1);
    };
  }

  /** The mean number of cameras a site has. */
  double meanCameras() {
    return switch (this) {
      case SPARSE -> SiteKind.meanCameras();
      case DENSE -> (DENSE_MIN_CAMERAS + DENSE_MAX_CAMERAS) / 2.0;
    };
  }

  /** Lays a site out, or returns null when it does not fit (the caller tries fewer cameras). */
  SitePlan plan(SplittableRandom random, SiteKind kind, int cameras, double zonesPerCamera) {
    return switch (this) {
      case SPARSE -> SitePlan.of(random, kind, cameras, zonesPerCamera);
      case DENSE -> CourtyardPlan.of(random, kind, cameras, zonesPerCamera);
    };
  }
}
