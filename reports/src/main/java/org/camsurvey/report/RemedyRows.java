package org.camsurvey.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.camsurvey.remedy.Remedy;
import org.camsurvey.remedy.RemedyPlan;

/**
 * A fix's proposal as rows of text, one per remedy, as the terminal table and the documents'
 * annex both print it: site, camera, what changes, from → to, findings cleared, cover before →
 * after.
 */
public final class RemedyRows {
  /** The column headings. */
  public static final List<String> HEADINGS =
      List.of("site", "camera", "what changes", "from \u2192 to", "findings cleared", "cover before \u2192 after");

  private RemedyRows() {}

  public static List<List<String>> of(RemedyPlan plan) {
    return plan.remedies().stream().map(RemedyRows::row).toList();
  }

  static List<String> row(Remedy r) {
    String camera = r.cameraId() != null ? r.cameraId() : "zone " + r.zoneId();
    String cleared = r.cleared().stream().map(c -> c.code() + (c.zoneId() != null ? " " + c.zoneId() : ""))
        .collect(Collectors.joining(", "));
    String cover = r.cover().stream().map(c -> c.zoneId() + " " + percent(c.before()) + " \u2192 " + percent(c.after()))
        .collect(Collectors.joining(", "));
    return List.of(r.siteId(), camera, change(r), fromTo(r), cleared, cover);
  }

  private static String change(Remedy r) {
    return switch (r.action()) {
      case HEADING -> "turn";
      case ANGLE -> "narrow the angle";
      case RANGE -> "shorten the range";
      case NEW_CAMERA -> "new camera (proposed)";
      case REMOVE_OR_RELOCATE -> "remove or relocate (" + r.orderedBy() + ")";
      case ZONE_SHORT -> "left short (" + r.orderedBy() + ")";
    };
  }

  private static String fromTo(Remedy r) {
    return switch (r.action()) {
      case HEADING, ANGLE -> number(r.from()) + "\u00b0 \u2192 " + number(r.to()) + "\u00b0";
      case RANGE -> number(r.from()) + " m \u2192 " + number(r.to()) + " m";
      case NEW_CAMERA -> "heading " + number(r.camera().headingDegrees()) + "\u00b0, angle "
          + number(r.camera().hfovDegrees()) + "\u00b0, range " + number(r.camera().rangeMetres()) + " m";
      default -> "\u2014";
    };
  }

  /** Degrees and metres to two decimals at most: steps are 0.5, surveys give tenths. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A share as a percentage cut (not rounded) to a tenth, so that a zone just short never reads as met. */
  static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.DOWN).toPlainString() + "%";
  }
}
