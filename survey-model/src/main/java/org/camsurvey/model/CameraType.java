package org.camsurvey.model;

import java.util.Locale;
import java.util.Optional;

/** The camera's build; only a PTZ camera can change position, direction or range. */
public enum CameraType {
  FIXED,
  DOME,
  PTZ,
  FISHEYE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CameraType> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (CameraType type : values()) {
      if (type.code().equals(t)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
