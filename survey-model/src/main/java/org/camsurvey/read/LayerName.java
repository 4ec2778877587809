package org.camsurvey.read;

import java.util.Locale;
import java.util.Optional;

/** The layers of docs/SURVEY-FORMAT.md; their names are the same in every container. */
public enum LayerName {
  SITES,
  CAMERAS,
  ZONES,
  OBSTACLES,
  ACCESS_LOG,
  CHECKLIST,
  EVIDENCE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LayerName> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (LayerName layer : values()) {
      if (layer.id().equals(t)) {
        return Optional.of(layer);
      }
    }
    return Optional.empty();
  }
}
