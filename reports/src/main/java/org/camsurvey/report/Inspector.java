package org.camsurvey.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A law-enforcement officer on an inspection team: a name and the number of the officer's
 * law-enforcement certificate (执法证号), both printed on the report. An inspection is carried out
 * by at least two such officers (《中华人民共和国行政处罚法》 Art. 42).
 *
 * @param name the officer's name
 * @param certificate the certificate number: no spaces or colons, at most {@value #MAX_CERTIFICATE} characters
 */
public record Inspector(String name, String certificate) {
  /** Longer than any certificate number a province issues; longer is a paste gone wrong. */
  public static final int MAX_CERTIFICATE = 32;
  /** Offices type a full-width colon as often as an ASCII one with a Chinese input method. */
  private static final Pattern SEPARATOR = Pattern.compile("[:：]");
  private static final Pattern CERTIFICATE = Pattern.compile("[^\\s:：]{1," + MAX_CERTIFICATE + "}");

  public Inspector {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(certificate, "certificate");
    if (name.isBlank() || SEPARATOR.matcher(name).find()) {
      throw new IllegalArgumentException("an inspector's name is not empty and holds no colon: '" + name + "'");
    }
    if (!CERTIFICATE.matcher(certificate).matches()) {
      throw new IllegalArgumentException("a law-enforcement certificate number is 1 to " + MAX_CERTIFICATE
          + " characters without spaces or colons: '" + certificate + "'");
    }
  }

  /**
   * An inspector written {@code NAME:CERTIFICATE} (an ASCII or a full-width colon), as
   * {@code 张伟:50010012345}; spaces around either part are dropped.
   *
   * @throws IllegalArgumentException naming what is wrong, when the number is missing or malformed
   */
  public static Inspector parse(String text) {
    String[] parts = SEPARATOR.split(text, 2);
    String name = parts[0].strip();
    if (parts.length < 2 || parts[1].isBlank()) {
      throw new IllegalArgumentException("'" + text.strip() + "' has no law-enforcement certificate number (执法证号):"
          + " write NAME:NUMBER, as 张伟:50010012345");
    }
    return new Inspector(name, parts[1].strip());
  }

  @Override
  public String toString() {
    return name + ":" + certificate;
  }
}
