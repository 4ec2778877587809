package org.camsurvey.synth;

import static org.camsurvey.synth.CityGenerator.SURVEYED;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.camsurvey.rules.Art15FilingRule;

/**
 * The records a site's system keeps in a synthetic city, drawn once for the site, with the
 * cameras' own departures: retention, round-the-clock running, installation and filing dates.
 */
final class SiteRecords {
  private static final LocalDate EARLIEST = LocalDate.of(2005, 1, 1);

  Integer retentionDays;
  Boolean runs24h;
  LocalDate installed;
  LocalDate filed;

  static SiteRecords draw(SplittableRandom random) {
    SiteRecords r = new SiteRecords();
    double retention = random.nextDouble();
    r.retentionDays = retention < 0.01 ? 7 : retention < 0.03 ? 15 : retention < 0.58 ? 30 : retention < 0.78 ? 60 : 90;
    r.runs24h = random.nextDouble() >= 0.015;
    r.installed = EARLIEST.plusDays(random.nextInt((int) (SURVEYED.toEpochDay() - EARLIEST.toEpochDay())));
    double filing = random.nextDouble();
    if (filing < 0.02) {
      r.filed = null;
    } else if (r.installed.isBefore(Art15FilingRule.IN_FORCE)) {
      r.filed = filing < 0.14
          ? Art15FilingRule.EXISTING_SYSTEMS_DUE.plusDays(1 + random.nextInt(900))
          : Art15FilingRule.IN_FORCE.plusDays(random.nextInt(31));
    } else {
      r.filed = r.installed.plusDays(7 + random.nextInt(84));
    }
    if (r.filed != null && r.filed.isAfter(SURVEYED)) {
      r.filed = SURVEYED;
    }
    return r;
  }

  /** Most cameras came with the system; some were added later. */
  LocalDate installed(SplittableRandom random) {
    if (random.nextDouble() >= 0.15) {
      return installed;
    }
    long later = installed.toEpochDay() + random.nextInt(1100);
    return LocalDate.ofEpochDay(Math.min(later, SURVEYED.toEpochDay()));
  }

  /** A camera added later is filed on its own, and now and then not at all. */
  LocalDate filed(SplittableRandom random, LocalDate cameraInstalled) {
    if (filed == null || cameraInstalled.equals(installed)) {
      return filed;
    }
    if (random.nextDouble() < 0.01) {
      return null;
    }
    LocalDate own = cameraInstalled.plusDays(7 + random.nextInt(84));
    LocalDate date = own.isBefore(filed) ? filed : own;
    return date.isAfter(SURVEYED) ? SURVEYED : date;
  }

  Boolean signage(SplittableRandom random) {
    double draw = random.nextDouble();
    return draw < 0.003 ? null : draw < 0.033 ? Boolean.FALSE : Boolean.TRUE;
  }
}
