package org.camsurvey.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The file names reports get from site ids. */
class SiteReportsTest {
  @Test
  void ordinaryIdsAreKeptAsTheyAre() {
    assertThat(SiteReports.fileName("JFB-BANK")).isEqualTo("JFB-BANK");
    assertThat(SiteReports.fileName("site_01.a")).isEqualTo("site_01.a");
  }

  @Test
  void separatorsControlCharactersAndLeadingDotsAreEncoded() {
    assertThat(SiteReports.fileName("a/b\\c")).isEqualTo("a%2Fb%5Cc");
    assertThat(SiteReports.fileName("a\u0001b\nc")).isEqualTo("a%01b%0Ac");
    assertThat(SiteReports.fileName("..")).isEqualTo("%2E.");
    assertThat(SiteReports.fileName(".hidden")).isEqualTo("%2Ehidden");
    assertThat(SiteReports.fileName("渝 1:*?")).isEqualTo("%E6%B8%9D%201%3A%2A%3F");
    assertThat(SiteReports.fileName("")).isEqualTo("%");
  }

  @Test
  void differentIdsGetDifferentNames() {
    String longId = "长".repeat(100);
    List<String> ids = List.of("a/b", "a%2Fb", "a%b", "a b", "a+b", ".a", "%2Ea", longId, longId + "x",
        "x" + longId, longId.substring(1));
    Set<String> names = new HashSet<>();
    for (String id : ids) {
      String name = SiteReports.fileName(id);
      assertThat(name).as(id).matches("[A-Za-z0-9%._~-]+").doesNotStartWith(".");
      assertThat(name.length()).as(id).isLessThanOrEqualTo(200);
      names.add(name);
    }
    assertThat(names).hasSameSizeAs(ids);
  }
}
