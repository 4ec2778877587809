package org.camsurvey.cli.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;

/**
 * Runs one command of the shell on a thread of its own, so that Ctrl-C stops the command and not
 * the shell: the command is interrupted, the shell stops waiting for it at once, and whatever the
 * command would still print is dropped (its files are written whole or not at all, and a write
 * that sees the interruption is not moved into place).
 */
final class CommandRunner {
  /** What the shell reports for a command Ctrl-C stopped, as a POSIX shell does (128 + SIGINT). */
  static final int STOPPED = 130;

  /** One command: runs with the writers it is given and returns its exit code. */
  @FunctionalInterface
  interface Command {
    int run(PrintWriter out, PrintWriter err);
  }

  private final Terminal terminal;

  CommandRunner(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Runs the command and returns its exit code, or {@link #STOPPED} when Ctrl-C stopped it. */
  int run(Command command) {
    Gate out = new Gate(terminal.writer());
    FutureTask<Integer> task = new FutureTask<>(() -> command.run(new PrintWriter(out, true), new PrintWriter(out, true)));
    Thread worker = new Thread(task, "camsurvey-command");
    worker.setDaemon(true);
    SignalHandler previous = terminal.handle(Signal.INT, signal -> {
      out.shut();
      task.cancel(true);
    });
    worker.start();
    try {
      return task.get();
    } catch (CancellationException e) {
      terminal.writer().println("stopped (Ctrl-C)");
      terminal.writer().flush();
      return STOPPED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      return STOPPED;
    } catch (ExecutionException e) {
      // picocli's handlers turn every failure into an exit code; this is a bug in the shell itself
      throw new IllegalStateException(e.getCause());
    } finally {
      terminal.handle(Signal.INT, previous);
    }
  }

  /** Passes text on to the terminal until shut, then drops it. */
  private static final class Gate extends Writer {
    private final PrintWriter target;
    private volatile boolean open = true;

    Gate(PrintWriter target) {
      this.target = target;
    }

    void shut() {
      open = false;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      if (open) {
        target.write(buffer, offset, length);
      }
    }

    @Override
    public void flush() {
      if (open) {
        target.flush();
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
