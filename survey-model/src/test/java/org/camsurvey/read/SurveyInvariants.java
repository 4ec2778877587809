package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.camsurvey.model.Survey;

/** What holds of every survey the assembler accepts and every rejection it makes. */
public final class SurveyInvariants {
  private SurveyInvariants() {}

  public static void check(Survey survey) {
    survey.cameras().forEach(c -> {
      assertThat(Double.isFinite(c.location().getX()) && Double.isFinite(c.location().getY()))
          .as("camera %s at %s", c.cameraId(), c.location()).isTrue();
    });
    survey.zones().forEach(z -> {
      assertThat(z.area().isValid()).as("zone %s valid", z.zoneId()).isTrue();
      assertThat(z.area().getArea()).as("zone %s area", z.zoneId()).isPositive();
    });
  }

  public static void check(InputException rejected) {
    assertThat(rejected.file()).isNotBlank();
    assertThat(rejected.reason()).isNotBlank();
    assertThat(rejected.getMessage()).startsWith(rejected.file() + ": ").endsWith(": " + rejected.reason());
  }
}
