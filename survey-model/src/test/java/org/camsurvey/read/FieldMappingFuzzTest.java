package org.camsurvey.read;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Whatever text a mapping file holds, parsing it either gives a mapping or fails with an {@link
 * InputException}; nothing else escapes.
 *
 * <p>{@code mvn test} runs the method over the texts in {@code
 * FieldMappingFuzzTestInputs/parsesAnyTextOrRejectsItAsInput}; with {@code JAZZER_FUZZ=1} and
 * {@code -Dtest=FieldMappingFuzzTest} it fuzzes.
 */
class FieldMappingFuzzTest {
  @DictionaryEntries({
    // libFuzzer dictionary syntax: line breaks (LF, CRLF, U+2028 in UTF-8) as \\x escapes
    "=", "\\x0A", "\\x0D\\x0A", "\\xE2\\x80\\xA8", "#", "@layer", "@layer.", ".", "camera_id", "site_id", "zone_id",
    "heading", "hfov", "cam_type", "signage", "cameras", "zones", "sites", "access_log", "checklist"
  })
  @FuzzTest(maxDuration = "10m")
  void parsesAnyTextOrRejectsItAsInput(@NotNull String text) {
    try {
      FieldMapping mapping = FieldMapping.parse("fuzz.txt", text);
      mapping.defaultLayer();
      mapping.toString();
    } catch (InputException rejected) {
      SurveyInvariants.check(rejected);
    }
  }
}
