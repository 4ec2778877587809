package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.law.Checklist;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Finding;
import org.camsurvey.view.Scene;

/**
 * Arts. 11 ¶3, 12, 13, 17, 19 and 20 — the duties an inspector answers in the checklist: each
 * {@code no} (the duty not met) is a finding on the article and item answered, graded as {@link
 * Checklist} lists (severity, party and consequence depend on the item).
 *
 * <p>{@code yes} and {@code na} make no finding.
 */
public final class ChecklistRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    for (ChecklistAnswer answer : scene.survey().checklist()) {
      if (answer.answer() != ChecklistAnswer.Answer.NO) {
        continue;
      }
      Checklist.Duty duty = Checklist.duty(answer.article(), answer.item()).orElseThrow(() ->
          new IllegalStateException("the checklist has no duty Art. " + answer.article() + " " + answer.item()));
      Finding.Builder finding = Finding.of(duty.code()).site(answer.siteId())
          .severity(duty.severity()).consequence(duty.consequence()).party(duty.party()).source(answer.source());
      if (duty.isParagraph()) {
        finding.figure("paragraph", Integer.parseInt(duty.item()));
      } else {
        finding.item(duty.item());
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
