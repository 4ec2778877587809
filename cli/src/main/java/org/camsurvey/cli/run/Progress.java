package org.camsurvey.cli.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work, as a bar with counts, rate and ETA on standard error; or nothing, where
 * nobody is watching. Work reports to it by {@link #step}, from any thread (a run loop's callback).
 */
public final class Progress implements AutoCloseable {
  /** What the counts count. */
  public enum Unit {
    /** Records, sites, files: counted one by one. */
    ITEMS("", 1),
    /** Bytes, shown in MiB (KiB for less than 16 MiB). */
    BYTES(" MiB", 1 << 20);

    private final String name;
    private final long size;

    Unit(String name, long size) {
      this.name = name;
      this.size = size;
    }
  }

  private static final Progress SILENT = new Progress(null);

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** Progress nobody sees: for scripts, pipes and --quiet. */
  public static Progress silent() {
    return SILENT;
  }

  /**
   * A bar drawn on the stream given.
   *
   * @param task what is being done, shown before the bar
   * @param total how many units the work takes
   * @param width the terminal's width
   * @param colour whether the bar may be coloured
   */
  public static Progress bar(PrintStream out, String task, long total, Unit unit, int width, boolean colour) {
    boolean small = unit == Unit.BYTES && total < 16L << 20;
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(small ? " KiB" : unit.name, small ? 1 << 10 : unit.size)
        .setStyle(colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(out, width - 1))
        .showSpeed();
    return new Progress(builder.build());
  }

  /** Reports n more units done. */
  public void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  /** Ends the bar, leaving its last state on its line. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
