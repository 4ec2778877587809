package org.camsurvey.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.camsurvey.law.DayCount;
import org.camsurvey.law.Law;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation, Art. 14(1) — the managing unit of a {@code government} or {@code operator}
 * site files the system's particulars with the public security organ within 30 days of putting it
 * into use; a system in use before the regulation took effect (2025-04-01) within the 90 days
 * from then (Art. 34 read with Art. 14), counted as every period is ({@link DayCount}): the 90th
 * day is Monday 2025-06-30.
 *
 * <p>On the day judged ({@link CheckOptions#judgedOn}), a camera with no {@code filed} date whose
 * period has ended is {@code CN14_NOT_FILED} (Art. 29); one filed after its period ended is
 * {@code CN14_LATE_FILING}, recorded with its dates; one whose period runs on is not yet due. A
 * camera without {@code installed} cannot be placed on either side of 2025-04-01 and is passed by,
 * as is a survey with no {@code filed} field at all. Art. 9(2) lifts the duty from other public
 * places.
 */
public final class Cn14FilingRule implements Rule {
  /** The days Art. 14(1) gives from putting a system into use. */
  public static final int FILING_DAYS = 30;
  /** The days a system already in use on the day the regulation took effect was given. */
  public static final int EXISTING_SYSTEMS_DAYS = 90;

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    if (!scene.survey().hasCameraField("filed")) {
      return;
    }
    SiteClasses classes = SiteClasses.of(scene.survey());
    LocalDate inForce = Law.of(LawId.CN2025).effective();
    LocalDate judgedOn = scene.options().judgedOn();
    DayCount days = DayCount.shipped();
    Set<Integer> warned = new HashSet<>();
    for (Camera camera : scene.survey().cameras()) {
      if (camera.installed() == null || !classes.buildsUnderArticle7(camera.siteId())) {
        continue;
      }
      boolean existing = camera.installed().isBefore(inForce);
      DayCount.LastDay due = existing ? days.lastDay(inForce, EXISTING_SYSTEMS_DAYS)
          : days.lastDay(camera.installed(), FILING_DAYS);
      Finding.Builder finding;
      if (camera.filed() == null && judgedOn.isAfter(due.date())) {
        finding = Finding.of(FindingCode.CN14_NOT_FILED).camera(camera);
      } else if (camera.filed() != null && camera.filed().isAfter(due.date())) {
        finding = Finding.of(FindingCode.CN14_LATE_FILING).camera(camera).figure("filed", camera.filed().toString());
      } else {
        continue;
      }
      findings.accept(finding.item("(1)")
          .figure("installed", camera.installed().toString())
          .figure("due", due.date().toString())
          .figure("period_days", existing ? EXISTING_SYSTEMS_DAYS : FILING_DAYS)
          .figure("in_use_before_regulation", existing)
          .build());
      for (Finding warning : due.warnings()) {
        if (warned.add((Integer) warning.figures().get("year"))) {
          findings.accept(warning);
        }
      }
    }
  }
}
