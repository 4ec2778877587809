package org.camsurvey.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of place a site is under the 2025 regulation (the {@code class} field of sites), which
 * decides the duties its cameras carry there; the measures do not sort sites.
 */
public enum SiteClass {
  /** Public places whose systems the government builds (Art. 7(1)). */
  GOVERNMENT,
  /** Public places whose managing unit builds the system (Art. 7(2)). */
  OPERATOR,
  /** Other public places (Art. 9). */
  OTHER,
  /** Non-public places (Art. 33). */
  PRIVATE;

  /** The word the survey writes: {@code government}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SiteClass> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.code().equals(t)).findFirst();
  }

  /** Every word, for messages: {@code government, operator, other, private}. */
  public static String codes() {
    return Arrays.stream(values()).map(SiteClass::code).collect(Collectors.joining(", "));
  }
}
