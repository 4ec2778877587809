package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.junit.jupiter.api.Test;

/** Which findings the inspection's documents print as one group under one quote of the law. */
class FindingGroupsTest {
  private static Finding cn23(String site, String act, String consequence) {
    return Finding.of(FindingCode.CN23_CHECKLIST).site(site).law(LawId.CN2025).item("(二)")
        .consequence(consequence).figure("act", act).build();
  }

  @Test
  void findingsOfOneKindAtOneSiteShareAGroupInTheirOrder() {
    Finding first = cn23("S1", "alter", "30");
    Finding elsewhere = cn23("S2", "alter", "30");
    Finding second = cn23("S1", "alter", "30");

    assertThat(FindingGroups.of(List.of(first, elsewhere, second)))
        .containsExactly(List.of(first, second), List.of(elsewhere));
  }

  @Test
  void actsOfOnePartPunishedApartAreNeverOneGroup() {
    // Art. 30 punishes altering Art. 7 equipment; nothing in the regulation punishes covering it
    Finding altered = cn23("S1", "alter", "30");
    Finding covered = cn23("S1", "obstruct", null);

    assertThat(FindingGroups.of(List.of(altered, covered))).containsExactly(List.of(altered), List.of(covered));
  }
}
