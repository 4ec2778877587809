package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code camsurvey check} refuses a wrong command line (exit 2) and bad input (exit 3) in one line, naming what is wrong. */
class CheckRefusalsTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("check", SAMPLE, "--bogus"), "Unknown option: '--bogus'"),
        Arguments.of(List.of("check", SAMPLE, "--min-cover", "2"), "--min-cover must be within 0..1, not 2.0"),
        Arguments.of(List.of("check", SAMPLE, "--min-cover", "-0.1"), "--min-cover must be within 0..1"),
        Arguments.of(List.of("check", SAMPLE, "--min-cover", "NaN"), "--min-cover must be within 0..1"),
        Arguments.of(List.of("check", SAMPLE, "--min-cover", "most"), "'most' is not a double"),
        Arguments.of(List.of("check", SAMPLE, "--quality", "bogus"), "'bogus' is not detect, observe, recognise or identify"),
        Arguments.of(List.of("check", SAMPLE, "--format", "bogus"), "--format"),
        Arguments.of(List.of("check", SAMPLE, "--lang", "fr"), "'fr' is not zh or en"),
        Arguments.of(List.of("check", SAMPLE, "--width", "20"), "--width must be at least 40 columns"),
        Arguments.of(List.of("check"), "Missing required parameter: 'SURVEY'"),
        Arguments.of(List.of("check", SAMPLE, SAMPLE), "Unmatched argument"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void aWrongCommandLineExitsTwo(List<String> args, String message) {
    Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("heading 400", List.of(SurveyFiles.camera("C7", ", \"heading\": 400")),
            "cameras.geojson: layer 'cameras', record C7, field 'heading': 400.0 is outside 0–360"),
        Arguments.of("a camera without range", List.of(SurveyFiles.camera("C8", ", \"range_m\": null")),
            "cameras.geojson: layer 'cameras', record C8, field 'range_m': is empty; it is required"),
        Arguments.of("an unknown camera type", List.of(SurveyFiles.camera("C1", ""), SurveyFiles.camera("C2", ", \"cam_type\": \"box\"")),
            "cameras.geojson: layer 'cameras', record C2, field 'cam_type': 'box' is not fixed, dome, ptz or fisheye"),
        Arguments.of("a camera twice", List.of(SurveyFiles.camera("C1", ""), SurveyFiles.camera("C1", "")),
            "cameras.geojson: layer 'cameras', record C1, field 'camera_id': camera 'C1' appears twice in site 'S1'"),
        Arguments.of("broken JSON", List.of("{\"type\": \"Feature\","), "cameras.geojson: not valid JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputExitsThreeNamingFileLayerRecordAndField(String name, List<String> cameras, String message, @TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("s"), SurveyFiles.CLEAN_ZONES, cameras.toArray(String[]::new));

    Run run = Cli.run("check", survey.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).startsWith("camsurvey: " + survey.resolve("cameras.geojson")).contains(message)
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badZonesAreNamedToo(@TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("s"), SurveyFiles.CLEAN_ZONES.replace("\"9.3\"", "\"9.7\""), SurveyFiles.camera("C1", ""));

    Run run = Cli.run("check", survey.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("camsurvey: " + survey.resolve("zones.geojson")
        + ": layer 'zones', record F1, field 'item': Art. 9 has items 1–6, not 7" + System.lineSeparator());
  }

  @Test
  void withDebugTheStackTraceFollows(@TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("s"), SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C7", ", \"heading\": 400"));

    Run after = Cli.run("check", survey.toString(), "--debug");
    Run before = Cli.run("--debug", "check", survey.toString());

    for (Run run : List.of(after, before)) {
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).startsWith("camsurvey: " + survey.resolve("cameras.geojson") + ": layer 'cameras', record C7")
          .contains("org.camsurvey.read.InputException").contains("\tat org.camsurvey.");
    }
  }

  @Test
  void aSurveyThatDoesNotExist(@TempDir Path dir) {
    Run run = Cli.run("check", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("camsurvey: " + dir.resolve("nowhere") + ": no such file or folder; check the path (a survey "
        + "is a folder of layer files, or one file: .geojson, ").contains(".gpkg").endsWith(")" + System.lineSeparator()).hasLineCount(1);
  }

  @Test
  void aSurveyWithoutZonesCannotBeChecked(@TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("nozones"), null, SurveyFiles.camera("C1", ""));

    Run run = Cli.run("check", survey.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("camsurvey: " + survey + ": has no zones layer").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  /** {@code CODE site camera zone item n [zone_site s]}. */
}
