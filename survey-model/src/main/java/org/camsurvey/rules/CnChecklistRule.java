package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation's duties an inspector answers in the checklist (rows whose {@code law} is
 * {@code cn2025}): each {@code no} on a duty the site's class is asked ({@link
 * RegulationChecklist.Duty#asks}) is a finding graded as {@link RegulationChecklist} lists. A
 * site without a class is asked every duty but those Art. 9(2) may lift, which depend on it. A
 * finding on one of the two acts of Art. 23(二) cites the item and names the act ({@code act}:
 * {@code alter}, punished by Art. 30, or {@code obstruct}, which nothing punishes).
 */
public final class CnChecklistRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    SiteClasses classes = SiteClasses.of(scene.survey());
    for (ChecklistAnswer answer : scene.survey().checklist()) {
      if (answer.law() != LawId.CN2025 || answer.answer() != ChecklistAnswer.Answer.NO) {
        continue;
      }
      RegulationChecklist.Duty duty = RegulationChecklist.duty(answer.article(), answer.item()).orElseThrow(() ->
          new IllegalStateException("the regulation's checklist has no duty Art. " + answer.article() + answer.item()));
      boolean asked = classes.of(answer.siteId()).map(duty::asks)
          .orElse(!duty.liftedFromOtherPublicPlaces());
      if (!asked) {
        continue;
      }
      Finding.Builder finding = Finding.of(duty.code()).site(answer.siteId()).item(duty.part())
          .severity(duty.severity()).consequence(duty.consequence()).party(duty.party()).source(answer.source());
      if (duty.act() != null) {
        // the part cites both acts of Art. 23(二); which was found decides whether Art. 30 follows
        finding.figure("act", duty.act().code());
      }
      if (answer.note() != null) {
        finding.figure("note", answer.note());
      }
      if (answer.checkedBy() != null) {
        finding.figure("checked_by", answer.checkedBy());
      }
      if (answer.when() != null) {
        finding.figure("checked_on", answer.when().toString());
      }
      findings.accept(finding.build());
    }
  }
}
