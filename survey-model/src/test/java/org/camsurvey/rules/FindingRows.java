package org.camsurvey.rules;

import java.util.List;
import org.camsurvey.model.Finding;

/** Findings as one short line each, so that a test can state the whole expected list. */
public final class FindingRows {
  private FindingRows() {}

  /** {@code CODE site camera zone [zone_site]}, "-" for a part the finding has not. */
  public static String row(Finding f) {
    return f.code() + " " + dash(f.siteId()) + " " + dash(f.cameraId()) + " " + dash(f.zoneId())
        + (f.zoneSiteId() == null ? "" : " " + f.zoneSiteId());
  }

  public static List<String> rows(List<Finding> findings) {
    return findings.stream().map(FindingRows::row).toList();
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
