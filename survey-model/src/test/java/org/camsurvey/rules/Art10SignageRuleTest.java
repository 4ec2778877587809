package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.camera;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Art. 10: a visible sign, and position, direction and range fixed. */
class Art10SignageRuleTest {
  static Stream<Arguments> cameras() {
    return Stream.of(
        Arguments.of(true, CameraType.FIXED, List.of()),
        Arguments.of(false, CameraType.FIXED, List.of("ART10_NO_SIGNAGE S1 C1 -")),
        // unknown is a data warning raised on import, not a breach
        Arguments.of(null, CameraType.FIXED, List.of()),
        Arguments.of(true, CameraType.DOME, List.of()),
        Arguments.of(true, CameraType.FISHEYE, List.of()),
        Arguments.of(true, null, List.of()),
        Arguments.of(true, CameraType.PTZ, List.of("ART10_NOT_FIXED S1 C1 -")),
        Arguments.of(null, CameraType.PTZ, List.of("ART10_NOT_FIXED S1 C1 -")),
        Arguments.of(false, CameraType.PTZ, List.of("ART10_NO_SIGNAGE S1 C1 -", "ART10_NOT_FIXED S1 C1 -")));
  }

  @ParameterizedTest(name = "signage {0}, {1}: {2}")
  @MethodSource("cameras")
  void signageAndFixedView(Boolean signage, CameraType type, List<String> expected) {
    List<Finding> findings = survey().with(camera("C1").signage(signage).type(type)).run(new Art10SignageRule());

    assertThat(FindingRows.rows(findings)).isEqualTo(expected);
    for (Finding f : findings) {
      assertThat(f.item()).isNull();
      assertThat(f.figures()).isEqualTo(
          f.code().name().equals("ART10_NOT_FIXED") ? java.util.Map.of("cam_type", "ptz") : java.util.Map.of());
      assertThat(f.source().recordId()).isEqualTo("C1");
    }
  }
}
