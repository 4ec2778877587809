package org.camsurvey.remedy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Zone;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.ZoneCoverage;

/**
 * What a check under a law leaves a fix to settle: the zones the law forbids cameras to see, or to
 * see without consent, the cameras that see or stand in one, and the mandated zones with the cover
 * each needs.
 *
 * @param law the law the check applied
 * @param forbidden every zone the law forbids cameras to see, of any site
 * @param needsConsent every zone the law forbids cameras without consent to see, of any site
 * @param intrusions the cameras seeing or standing in such a zone, in the check's order
 * @param mandates every mandated zone with its required and present cover, in the survey's order
 */
public record Obligations(RemedyLaw law, List<Zone> forbidden, List<Zone> needsConsent, List<Intrusion> intrusions,
    List<Mandate> mandates) {
  public Obligations {
    forbidden = List.copyOf(forbidden);
    needsConsent = List.copyOf(needsConsent);
    intrusions = List.copyOf(intrusions);
    mandates = List.copyOf(mandates);
  }

  /**
   * A camera that sees, or stands in, a forbidden zone.
   *
   * @param finding the finding that says so
   * @param zone the zone
   * @param inside whether the camera stands inside it (no turn can clear that)
   */
  public record Intrusion(Finding finding, Zone zone, boolean inside) {}

  /**
   * A mandated zone and the cover it needs.
   *
   * @param zone the zone
   * @param required the share of its area its own site's cameras must see
   * @param present the share they see now
   * @param findings the check's findings that it is short, one per law that mandates it; empty where it is not
   */
  public record Mandate(Zone zone, double required, double present, List<Finding> findings) {
    public Mandate {
      findings = List.copyOf(findings);
    }

    public boolean isShort() {
      return present < required;
    }
  }

  /** What a check's result leaves to fix under a law. */
  public static Obligations of(CheckResult result, RemedyLaw law) {
    Map<String, Zone> zones = new HashMap<>();
    List<Zone> forbidden = new ArrayList<>();
    List<Zone> needsConsent = new ArrayList<>();
    for (Zone zone : result.survey().zones()) {
      zones.put(key(zone.siteId(), zone.zoneId()), zone);
      if (law.forbidden().test(zone)) {
        forbidden.add(zone);
      } else if (law.needsConsent().test(zone)) {
        needsConsent.add(zone);
      }
    }
    List<Intrusion> intrusions = new ArrayList<>();
    Map<String, List<Finding>> shortOf = new HashMap<>();
    for (Finding f : result.findings()) {
      if (law.uncovered().contains(f.code())) {
        shortOf.computeIfAbsent(key(f.siteId(), f.zoneId()), k -> new ArrayList<>()).add(f);
      }
      // an Art. 10 finding says whether the camera stands in the zone by a figure, not a code
      boolean inside = law.inside().contains(f.code()) || Boolean.TRUE.equals(f.figures().get("inside"));
      if (law.intrudes().contains(f.code())) {
        Zone zone = zones.get(key(f.zoneSiteId() != null ? f.zoneSiteId() : f.siteId(), f.zoneId()));
        intrusions.add(new Intrusion(f, zone, inside));
      }
    }
    List<Mandate> mandates = new ArrayList<>();
    for (ZoneCoverage c : result.coverage()) {
      if (law.mandated().test(c.zone())) {
        mandates.add(new Mandate(c.zone(), result.required(c), c.coverage(),
            shortOf.getOrDefault(key(c.zone().siteId(), c.zone().zoneId()), List.of())));
      }
    }
    return new Obligations(law, forbidden, needsConsent, intrusions, mandates);
  }

  static String key(String siteId, String id) {
    return siteId + "\u0000" + id;
  }
}
