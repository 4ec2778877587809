package org.camsurvey.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Ctrl-C while a command runs stops the command and hands the terminal back at once. */
class CommandRunnerTest {
  @Test
  void ctrlCStopsTheCommandNotTheShell() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, InputStream.nullInputStream(), screen,
        StandardCharsets.UTF_8)) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch interrupted = new CountDownLatch(1);
      Thread ctrlC = new Thread(() -> {
        try {
          started.await();
          terminal.raise(Terminal.Signal.INT);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      ctrlC.start();
      long start = System.nanoTime();

      int code = new CommandRunner(terminal).run((out, err) -> {
        out.println("working");
        started.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        out.println("too late");
        return 0;
      });

      assertThat(code).isEqualTo(CommandRunner.STOPPED);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the command was interrupted").isTrue();
      Thread.sleep(100);
      terminal.flush();
      assertThat(screen.toString(StandardCharsets.UTF_8)).contains("working", "stopped (Ctrl-C)").doesNotContain("too late");
    }
  }

  @Test
  void aCommandThatEndsGivesItsExitCode() throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, InputStream.nullInputStream(), screen,
        StandardCharsets.UTF_8)) {
      assertThat(new CommandRunner(terminal).run((out, err) -> {
        err.println("said");
        return 3;
      })).isEqualTo(3);
      terminal.flush();
      assertThat(screen.toString(StandardCharsets.UTF_8)).contains("said");
    }
  }
}
