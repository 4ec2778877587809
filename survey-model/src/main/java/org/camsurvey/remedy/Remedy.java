package org.camsurvey.remedy;

import java.util.List;
import org.camsurvey.model.Camera;
import org.camsurvey.model.LawId;

/**
 * One change a fix proposes, or one it cannot make.
 *
 * @param siteId the site
 * @param cameraId the camera changed, added or to be removed; null for a zone no change covers
 * @param zoneId the zone left short, for {@link Action#ZONE_SHORT}; else null
 * @param action what changes
 * @param from the value before (heading or angle in degrees, range in metres); null for a new camera
 * @param to the value after; for a new camera its heading; null where nothing changes
 * @param cleared the findings the change clears
 * @param cover the mandated zones whose cover the change moves, before and after
 * @param orderedBy for what cannot be fixed, the articles that order it, each with its law; else empty
 * @param camera the camera as it is after the change (the new one, for {@link Action#NEW_CAMERA}); null for a zone
 */
public record Remedy(
    String siteId,
    String cameraId,
    String zoneId,
    Action action,
    Double from,
    Double to,
    List<Cleared> cleared,
    List<CoverChange> cover,
    List<Order> orderedBy,
    Camera camera) {

  public Remedy {
    orderedBy = List.copyOf(orderedBy);
    cleared = List.copyOf(cleared);
    cover = List.copyOf(cover);
  }

  /** What a remedy changes. */
  public enum Action {
    HEADING("heading"),
    ANGLE("hfov"),
    RANGE("range_m"),
    NEW_CAMERA("new_camera"),
    /** A camera inside a forbidden zone, or one no change within the options clears. */
    REMOVE_OR_RELOCATE("remove_or_relocate"),
    /** A mandated zone that re-aiming and new cameras (where allowed) leave short. */
    ZONE_SHORT("zone_short");

    private final String code;

    Action(String code) {
      this.code = code;
    }

    /** The stable name scripts read (JSON). */
    public String code() {
      return code;
    }
  }

  /** Whether this is something a fix could not do: the finding stays for the user to settle. */
  public boolean unfixable() {
    return action == Action.REMOVE_OR_RELOCATE || action == Action.ZONE_SHORT;
  }

  /**
   * An article that orders something put right.
   *
   * @param law the law
   * @param citation the article and its part as that law cites them: the measures' "24", "9(2)";
   *     the regulation's "27(1)", "8(1)(三)"
   */
  public record Order(LawId law, String citation) {}

  /**
   * A finding a change clears.
   *
   * @param code the finding's code
   * @param zoneId the zone it is about
   */
  public record Cleared(String code, String zoneId) {}

  /**
   * A mandated zone's cover before and after a change, as shares of its area.
   *
   * @param zoneId the zone (of the remedy's site)
   * @param before the share seen before
   * @param after the share seen after
   */
  public record CoverChange(String zoneId, double before, double after) {}
}
