package org.camsurvey.view;

import java.util.concurrent.CancellationException;

/** Where a check stops when its thread is interrupted. */
public final class Interruption {
  private Interruption() {}

  /**
   * Ends a check whose thread was interrupted (the shell's Ctrl-C), between cameras, zones and
   * rules, so that work nobody waits for any more does not run on.
   *
   * @throws CancellationException when interrupted
   */
  public static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the check was stopped");
    }
  }
}
