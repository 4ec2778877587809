package org.camsurvey.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.camsurvey.law.DayCount;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.view.Scene;

/**
 * Art. 15 — a system's design and acceptance materials must be filed with the public security
 * organ; a system built before the measures took effect (2009-12-11) had to be filed within 30
 * days (¶2). Counted as every period is ({@link DayCount}), the 30th day, Sunday 2010-01-10,
 * moves to the next working day: the last day was 2010-01-11.
 *
 * <p>A late filing has been made all the same: there is nothing left to rectify, so the finding
 * records the dates and no deadline follows.
 *
 * <p>An empty {@code filed} means not filed. A survey with no {@code filed} field at all says
 * nothing about filing, and the import warns of the missing field instead.
 */
public final class Art15FilingRule implements Rule {
  /** The day the measures took effect (Art. 28). */
  public static final LocalDate IN_FORCE = LocalDate.of(2009, 12, 11);
  /** The days Art. 15 ¶2 gives a system built before {@link #IN_FORCE}. */
  public static final int EXISTING_SYSTEMS_DAYS = 30;
  /** The last day an existing system could be filed: 2010-01-11. */
  public static final LocalDate EXISTING_SYSTEMS_DUE = DayCount.shipped().lastDay(IN_FORCE, EXISTING_SYSTEMS_DAYS).date();

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    if (!scene.survey().hasCameraField("filed")) {
      return;
    }
    for (Camera camera : scene.survey().cameras()) {
      if (camera.filed() == null) {
        findings.accept(Finding.of(FindingCode.ART15_NOT_FILED).camera(camera).build());
      } else if (camera.installed() != null
          && camera.installed().isBefore(IN_FORCE)
          && camera.filed().isAfter(EXISTING_SYSTEMS_DUE)) {
        findings.accept(Finding.of(FindingCode.ART15_LATE_FILING).camera(camera)
            .figure("paragraph", 2)
            .figure("installed", camera.installed().toString())
            .figure("filed", camera.filed().toString())
            .figure("due", EXISTING_SYSTEMS_DUE.toString())
            .build());
      }
    }
  }
}
