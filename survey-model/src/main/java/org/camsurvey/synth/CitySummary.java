package org.camsurvey.synth;

import java.nio.file.Path;
import java.util.List;

/**
 * What a synthetic city holds, as written.
 *
 * @param files the GeoPackages written, in order
 * @param districts the districts that got any site
 * @param sites the sites
 * @param cameras the cameras
 * @param mandatedZones the Art. 8 zones
 * @param forbiddenZones the Art. 9 zones
 * @param obstacles the walls and buildings
 */
public record CitySummary(List<Path> files, int districts, long sites, long cameras, long mandatedZones,
    long forbiddenZones, long obstacles) {
  public CitySummary {
    files = List.copyOf(files);
  }

  public long zones() {
    return mandatedZones + forbiddenZones;
  }
}
