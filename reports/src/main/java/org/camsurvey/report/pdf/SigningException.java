package org.camsurvey.report.pdf;

import java.nio.file.Path;

/** A key that cannot sign: the keystore it came from and why, in one line. */
public final class SigningException extends RuntimeException {
  public SigningException(Path keystore, String reason) {
    super(keystore + ": " + reason);
  }

  public SigningException(Path keystore, String reason, Throwable cause) {
    super(keystore + ": " + reason, cause);
  }
}
