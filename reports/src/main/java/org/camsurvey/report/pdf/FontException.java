package org.camsurvey.report.pdf;

/** No usable font: the message names the font and what to do. */
public final class FontException extends RuntimeException {
  public FontException(String message) {
    super(message);
  }
}
