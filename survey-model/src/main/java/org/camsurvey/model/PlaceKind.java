package org.camsurvey.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A zone's law-neutral place kind (the {@code kind} field of zones): what the place is, so that
 * one survey serves the measures, whose items name places one way, and the 2025 regulation, whose
 * items name them another. Which rule and item each kind falls under is the laws' business
 * ({@code org.camsurvey.law.PlaceKinds}).
 */
public enum PlaceKind {
  LODGING_ROOM,
  ENTERTAINMENT_ROOM,
  DORMITORY,
  TOILET,
  BATHROOM,
  CHANGING_ROOM,
  NURSING_ROOM,
  FITTING_ROOM,
  BANK_COUNTER,
  BALLOT,
  OTHER_PRIVATE,
  GATHERING_PLACE,
  TRANSPORT_HUB,
  PUBLIC_VEHICLE,
  SERVICE_AREA,
  PUBLIC_ROAD,
  SENSITIVE,
  /** A place only the measures mandate cameras for (their Art. 8 items (1)–(4), (9), (10)). */
  OTHER_MANDATED;

  /** The word the survey writes: {@code lodging_room}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PlaceKind> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code().equals(t)).findFirst();
  }

  /** Every word, for messages: {@code lodging_room, entertainment_room, …}. */
  public static String codes() {
    return Arrays.stream(values()).map(PlaceKind::code).collect(Collectors.joining(", "));
  }
}
