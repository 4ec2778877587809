package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputExceptionTest {

  @Test
  void namesFileLayerRecordFieldAndReasonInThatOrder() {
    InputException e = new InputException("cameras.csv", "cameras", "C7", "heading", "361.0 is outside 0–360");

    assertThat(e.getMessage()).isEqualTo("cameras.csv: layer 'cameras', record C7, field 'heading': 361.0 is outside 0–360");
  }

  @Test
  void leavesOutThePartsThatDoNotApply() {
    assertThat(InputException.file("survey.geojson", "not valid JSON").getMessage())
        .isEqualTo("survey.geojson: not valid JSON");
    assertThat(new InputException("survey.geojson", null, "#3", "layer", "unknown layer 'x'").getMessage())
        .isEqualTo("survey.geojson: record #3, field 'layer': unknown layer 'x'");
    assertThat(new InputException("cameras.csv", "cameras", null, "x", "needs --crs").getMessage())
        .isEqualTo("cameras.csv: layer 'cameras', field 'x': needs --crs");
    assertThat(new InputException(null, null, null, "x", "needs --crs").getMessage())
        .isEqualTo("input: field 'x': needs --crs");
  }

  @Test
  void keepsItsPartsForCallersThatShowThemApart() {
    InputException e = new InputException("zones.csv", "zones", "Z1", "item", "Art. 9 has items 1–6, not 7");

    assertThat(e.file()).isEqualTo("zones.csv");
    assertThat(e.layer()).isEqualTo("zones");
    assertThat(e.record()).isEqualTo("Z1");
    assertThat(e.field()).isEqualTo("item");
    assertThat(e.reason()).isEqualTo("Art. 9 has items 1–6, not 7");
  }
}
