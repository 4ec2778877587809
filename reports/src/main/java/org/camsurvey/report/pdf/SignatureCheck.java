package org.camsurvey.report.pdf;

import java.time.Instant;

/**
 * What verifying one signature of a PDF found.
 *
 * @param field the signature field's name
 * @param subFilter the signature's kind, e.g. ETSI.CAdES.detached
 * @param signer the signer certificate's subject, or null where none could be found
 * @param signingTime the time the signature claims (its /M), or null
 * @param coveredTo the end of the bytes the signature covers (its byte range's last byte + 1)
 * @param problem why the signed bytes or the CMS do not hold, or null when the signature is intact
 * @param trust whether the signer's certificate leads to a trusted one
 * @param trustNote the chain's root, or why it is not trusted
 */
public record SignatureCheck(String field, String subFilter, String signer, Instant signingTime, long coveredTo,
    String problem, Trust trust, String trustNote) {
  /** Whether a signer's certificate chains to one the verifier was told to trust. */
  public enum Trust {
    /** It chains to a trusted certificate, valid at the signing time. */
    TRUSTED,
    /** No trusted certificates were given: the signer is not vouched for, nor refuted. */
    UNCHECKED,
    /** Trusted certificates were given and it does not chain to one. */
    UNTRUSTED
  }

  public boolean intact() {
    return problem == null;
  }
}
