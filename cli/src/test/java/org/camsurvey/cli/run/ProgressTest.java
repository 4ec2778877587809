package org.camsurvey.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The progress bar: counts, elapsed time and ETA, steps from other threads; and silence. */
class ProgressTest {
  @Test
  void aBarShowsTheTaskTheCountsAndTheEta() throws InterruptedException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Progress progress = Progress.bar(new PrintStream(screen, true, StandardCharsets.UTF_8), "checking", 40,
        Progress.Unit.ITEMS, 80, false)) {
      // as a run loop's callback would: from several threads at once
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (int i = 0; i < 40; i++) {
        pool.submit(() -> progress.step(1));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    String shown = screen.toString(StandardCharsets.UTF_8);

    assertThat(shown).contains("checking", "40/40", "100%").doesNotContain("\u001b[");
    // elapsed / estimated time to go
    assertThat(shown).containsPattern("\\(\\d+:\\d\\d:\\d\\d / (\\?|\\d+:\\d\\d:\\d\\d)\\)");
    assertThat(shown.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(80);
  }

  @Test
  void bytesAreCountedInMebibytesOrKibibytesBelow16() {
    assertThat(bytes(64L << 20)).contains("64/64 MiB");
    assertThat(bytes(8L << 20)).contains("8192/8192 KiB");
  }

  private static String bytes(long total) {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Progress progress = Progress.bar(new PrintStream(screen, true, StandardCharsets.UTF_8), "reading", total,
        Progress.Unit.BYTES, 100, false)) {
      progress.step(total);
    }
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void silentProgressTakesStepsAndShowsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try (Progress progress = Progress.silent()) {
      progress.step(5);
      progress.step(Long.MAX_VALUE);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).as("what silent progress printed").isEmpty();
  }
}
