package org.camsurvey.batch;

/** Hears how far a batch has come, for a progress display. Called on the thread that writes. */
public interface BatchProgress {
  /** Says nothing. */
  BatchProgress NONE = new BatchProgress() {};

  /**
   * A unit is done: checked now, or found done by an earlier run that is being resumed.
   *
   * @param resumed whether it was done by the earlier run
   */
  default void siteDone(SiteOutcome outcome, boolean resumed) {}

  /** The outputs are being put together from the parts. */
  default void assembling() {}
}
