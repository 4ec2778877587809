package org.camsurvey.batch;

/**
 * A batch that may not run as asked: its output folder holds another run's outputs, an
 * unfinished run of other sources or options, or two surveys would share a folder of reports.
 * Nothing has been written or removed; the command line must change (exit code 2).
 */
public final class BatchRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BatchRefusal(String message) {
    super(message);
  }
}
