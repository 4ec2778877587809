package org.camsurvey.remedy;

import java.util.List;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.CheckResult;

/**
 * What a fix proposes, and where it leaves the survey.
 *
 * @param before the check the fix started from
 * @param remedies the changes, site by site, and what could not be fixed
 * @param fixed the survey with every change made (new cameras marked {@code proposed})
 * @param after the check of the fixed survey
 * @param notCleared what the search meant to clear that the check of the fixed survey still finds
 *     (also among the remedies, as unfixable): empty unless the search and the check disagree
 */
public record RemedyPlan(
    CheckResult before, List<Remedy> remedies, Survey fixed, CheckResult after, List<Remedy> notCleared) {
  public RemedyPlan {
    remedies = List.copyOf(remedies);
    notCleared = List.copyOf(notCleared);
  }

  public List<Remedy> unfixable() {
    return remedies.stream().filter(Remedy::unfixable).toList();
  }

  /** Whether the fix changes anything in the survey. */
  public boolean changes() {
    return remedies.stream().anyMatch(r -> !r.unfixable());
  }
}
