package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * Art. 18 — officials who use a system's footage must be at least two (item 1) and show the
 * approval of a public security chief or their unit's certificate (item 3); the register of
 * retrievals (Art. 19(4)) shows whether they did. These are the officials' duties, not the site's:
 * the findings are {@code official} and go to the supervising organ (Art. 27).
 *
 * <p>A row whose {@code persons} is empty says nothing about item 1: it gives a
 * {@code DATA_MISSING_FIELD} warning, not a violation. A row whose {@code approval} is empty
 * records no approval shown, which is the violation of item 3.
 */
public final class Art18AccessLogRule implements Rule {
  /** The fewest officials item (1) allows. */
  public static final int MIN_PERSONS = 2;

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    for (AccessLogEntry entry : scene.survey().accessLog()) {
      if (entry.persons() == null) {
        findings.accept(Finding.of(FindingCode.DATA_MISSING_FIELD).site(entry.siteId()).source(entry.source())
            .figure("fields", "persons").build());
      } else if (entry.persons() < MIN_PERSONS) {
        findings.accept(record(Finding.of(FindingCode.ART18_TOO_FEW_PERSONS).item("1"), entry)
            .figure("persons", entry.persons())
            .figure("required_persons", MIN_PERSONS)
            .build());
      }
      if (entry.approval() == null) {
        findings.accept(record(Finding.of(FindingCode.ART18_NO_APPROVAL).item("3"), entry).build());
      }
    }
  }

  /** The retrieval's site, time, footage and recorder, and the row it stands in. */
  static Finding.Builder record(Finding.Builder finding, AccessLogEntry entry) {
    finding.site(entry.siteId()).source(entry.source());
    if (entry.when() != null) {
      finding.figure("when", entry.when().toLocalDate() + " " + entry.when().toLocalTime());
    }
    if (!entry.footage().isEmpty()) {
      finding.figure("footage", entry.footage());
    }
    if (entry.recordedBy() != null) {
      finding.figure("recorded_by", entry.recordedBy());
    }
    return finding;
  }
}
