package org.camsurvey.model;

import java.util.Locale;

/** How much a finding weighs, as docs/RULES.md grades it. */
public enum Severity {
  /** A breach the measures attach a consequence to (Arts. 23-25). */
  VIOLATION,
  /** An obligation unmet with no penalty in these measures. */
  DEFICIENCY,
  /** A data problem that weakens a conclusion. */
  WARNING;

  /** The lower-case name scripts read in JSON and CSV. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
