package org.camsurvey.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Width and colour, from the environment and what the output goes to. */
class TerminalInfoTest {
  private static final IntSupplier NOT_ASKED = () -> {
    throw new AssertionError("the terminal was asked its width");
  };

  @Test
  void aFileOrPipeGets80ColumnsAndNoColour() {
    TerminalInfo info = TerminalInfo.of(Map.of(), false, false, NOT_ASKED);

    assertThat(info.columns()).isEqualTo(80);
    assertThat(info.colourOnStdout()).isFalse();
    assertThat(info.colourOnStderr()).isFalse();
  }

  @Test
  void aTerminalGivesItsWidthAndColour() {
    TerminalInfo info = TerminalInfo.of(Map.of("TERM", "xterm-256color"), true, true, () -> 132);

    assertThat(info.columns()).isEqualTo(132);
    assertThat(info.colourOnStdout()).isTrue();
    assertThat(info.colourOnStderr()).isTrue();
  }

  @Test
  void onATerminalColumnsInTheEnvironmentWin() {
    assertThat(TerminalInfo.of(Map.of("COLUMNS", "100"), true, true, NOT_ASKED).columns()).isEqualTo(100);
    assertThat(TerminalInfo.of(Map.of("COLUMNS", "100"), false, true, NOT_ASKED).columns()).isEqualTo(80);
    assertThat(TerminalInfo.of(Map.of("COLUMNS", "wide"), true, true, () -> 90).columns()).isEqualTo(90);
    assertThat(TerminalInfo.of(Map.of(), true, true, () -> 0).columns()).isEqualTo(80);
  }

  @Test
  void tablesTakeTheWidthAskedElseTheTerminalsAtLeast40() {
    TerminalInfo narrow = TerminalInfo.of(Map.of(), true, true, () -> 30);
    TerminalInfo wide = TerminalInfo.of(Map.of(), true, true, () -> 120);

    assertThat(wide.width(60, true)).isEqualTo(60);
    assertThat(wide.width(null, true)).isEqualTo(120);
    assertThat(wide.width(null, false)).isEqualTo(80);
    assertThat(narrow.width(null, true)).isEqualTo(40);
  }

  @Test
  void noColorTurnsColourOffWhenItIsNotEmpty() {
    assertThat(TerminalInfo.of(Map.of("NO_COLOR", "1"), true, true, () -> 80).colourOnStdout()).isFalse();
    assertThat(TerminalInfo.of(Map.of("NO_COLOR", ""), true, true, () -> 80).colourOnStdout()).isTrue();
    assertThat(TerminalInfo.of(Map.of("TERM", "dumb"), true, true, () -> 80).colourOnStderr()).isFalse();
  }

  @Test
  void stdoutAndStderrAreToldApart() {
    TerminalInfo piped = TerminalInfo.of(Map.of(), false, true, NOT_ASKED);

    assertThat(piped.colourOnStdout()).isFalse();
    assertThat(piped.colourOnStderr()).isTrue();
  }
}
