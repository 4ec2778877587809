package org.camsurvey.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveySites;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * How many zone candidates a city's cameras have, for bench/city.sh's table of the cities: the
 * zones whose envelope meets a camera's view envelope (what it sees at any quality, walls and
 * ground band included, with the camera's own position), as a spatial index answers before any
 * geometry is tested. Each survey is read a site at a time as {@code batch} reads it, so a
 * site's candidates are its own zones and the forbidden zones of other sites within reach, the
 * zones its check is handed. A measurement, not a test.
 *
 * <p>usage: CityFigures SURVEY… — prints the cameras, the zone candidates and the forbidden ones
 * among them.
 */
public final class CityFigures {
  private CityFigures() {}

  /** A count of cameras and of their candidates, all zones and the forbidden ones. */
  public record Candidates(long cameras, long zones, long forbidden) {
    Candidates plus(Candidates other) {
      return new Candidates(cameras + other.cameras, zones + other.zones, forbidden + other.forbidden);
    }

    public double zonesPerCamera() {
      return cameras == 0 ? 0 : (double) zones / cameras;
    }

    public double forbiddenPerCamera() {
      return cameras == 0 ? 0 : (double) forbidden / cameras;
    }
  }

  /** The candidates of every camera of a scene among the zones of its survey. */
  public static Candidates of(Scene scene) {
    List<Zone> zones = scene.survey().zones();
    List<Camera> cameras = scene.survey().cameras();
    if (zones.isEmpty()) {
      return new Candidates(cameras.size(), 0, 0);
    }
    STRtree index = new STRtree();
    for (Zone zone : zones) {
      index.insert(zone.area().getEnvelopeInternal(), zone);
    }
    long all = 0;
    long forbidden = 0;
    for (int i = 0; i < cameras.size(); i++) {
      Envelope reach = new Envelope(scene.visible(i).getEnvelopeInternal());
      reach.expandToInclude(cameras.get(i).location().getCoordinate());
      for (Object hit : index.query(reach)) {
        all++;
        if (((Zone) hit).rule() == ZoneRule.FORBIDDEN) {
          forbidden++;
        }
      }
    }
    return new Candidates(cameras.size(), all, forbidden);
  }

  public static void main(String[] args) {
    Candidates total = new Candidates(0, 0, 0);
    for (String file : args) {
      Candidates[] sum = {total};
      SurveySites.read(Path.of(file), ImportOptions.defaults(), unit -> {
        if (!unit.survey().cameras().isEmpty()) {
          sum[0] = sum[0].plus(of(new Scene(unit.survey(), CheckOptions.defaults())));
        }
      });
      total = sum[0];
    }
    System.out.printf(Locale.ROOT, "cameras=%d candidates=%d forbidden_candidates=%d per_camera=%.2f forbidden_per_camera=%.2f%n",
        total.cameras(), total.zones(), total.forbidden(), total.zonesPerCamera(), total.forbiddenPerCamera());
  }
}
