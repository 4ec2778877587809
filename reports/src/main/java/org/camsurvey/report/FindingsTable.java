package org.camsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Party;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Site;
import org.camsurvey.rules.CheckResult;

/**
 * Findings for people at a terminal: grouped by site, one heading line per finding (severity,
 * code, camera, zone) and its message wrapped below, all within the given width.
 */
public final class FindingsTable {
  private static final int SEVERITY_COLUMN = 14;
  private static final int CODE_COLUMN = 24;
  private static final Map<Severity, String> ANSI =
      Map.of(Severity.VIOLATION, "\u001b[31m", Severity.DEFICIENCY, "\u001b[33m", Severity.WARNING, "\u001b[36m");
  private static final String RESET = "\u001b[0m";

  private FindingsTable() {}

  /**
   * @throws IOException where the writer failed: a PrintWriter only records it, and a table cut
   *     short must not be moved into place as if whole
   */
  public static void write(CheckResult result, FindingMessages messages, int width, PrintWriter out) throws IOException {
    write(result, messages, width, false, out);
  }

  /**
   * @param colour whether to colour each finding's severity (for a terminal): violations red,
   *     deficiencies yellow, warnings cyan
   * @throws IOException where the writer failed
   */
  public static void write(CheckResult result, FindingMessages messages, int width, boolean colour, PrintWriter out)
      throws IOException {
    TextWidth.wrap(messages.text("table.survey") + ": " + result.survey().name(), width).forEach(out::println);
    TextWidth.wrap(format(messages, "summary.counts",
        result.survey().sites().size(), result.survey().cameras().size(), result.survey().zones().size()), width)
        .forEach(out::println);

    Map<String, List<Finding>> bySite = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      bySite.computeIfAbsent(f.siteId() == null ? "" : f.siteId(), k -> new ArrayList<>()).add(f);
    }
    Map<String, Site> sites = new LinkedHashMap<>();
    result.survey().sites().forEach(s -> sites.put(s.siteId(), s));
    for (Map.Entry<String, List<Finding>> group : bySite.entrySet()) {
      out.println();
      Site site = sites.get(group.getKey());
      String heading = group.getKey().isEmpty() ? messages.text("table.no_site") : group.getKey();
      if (site != null && site.name() != null) {
        heading += "  " + site.name();
      }
      TextWidth.wrap(heading, width).forEach(out::println);
      for (Finding f : group.getValue()) {
        String severity = messages.text("severity." + f.severity().code());
        String padding = TextWidth.pad(severity, SEVERITY_COLUMN - 2).substring(severity.length());
        String head = "  " + severity + padding + TextWidth.pad(f.code().name(), CODE_COLUMN);
        String shown = colour ? "  " + ANSI.get(f.severity()) + severity + RESET + padding
            + TextWidth.pad(f.code().name(), CODE_COLUMN) : head;
        List<String> ids = new ArrayList<>();
        if (f.cameraId() != null) {
          ids.add(f.cameraId());
        }
        if (f.zoneId() != null) {
          ids.add((f.zoneSiteId() != null ? f.zoneSiteId() + "/" : "") + f.zoneId());
        }
        String idText = String.join(" \u2192 ", ids);
        if (TextWidth.of(head) + 1 + TextWidth.of(idText) <= width) {
          out.println((shown + " " + idText).stripTrailing());
        } else {
          // long ids, or --width 40, would push the heading past the edge: they go below it
          out.println(shown.stripTrailing());
          for (String text : TextWidth.wrap(idText, width - 4)) {
            out.println("    " + text);
          }
        }
        for (String text : TextWidth.wrap(messages.message(f), width - 4)) {
          out.println("    " + text);
        }
        if (f.party() != Party.SITE) {
          // not the site's to rectify: say who answers for it, so that no one reads it as the site's
          for (String text : TextWidth.wrap(messages.text("party." + f.party().code(), f.law()), width - 4)) {
            out.println("    " + text);
          }
        }
      }
    }
    out.println();
    if (result.findings().isEmpty()) {
      out.println(messages.text("summary.clean"));
    } else {
      out.println(format(messages, "summary.findings",
          result.count(Severity.VIOLATION), result.count(Severity.DEFICIENCY), result.count(Severity.WARNING)));
    }
    if (!result.options().laws().equals(List.of(LawId.CQ2009))) {
      // each law's findings stand on their own: count them apart
      for (LawId law : result.options().laws()) {
        out.println(format(messages, "summary.law", law.code(), count(result, law, Severity.VIOLATION),
            count(result, law, Severity.DEFICIENCY), count(result, law, Severity.WARNING)));
      }
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("the findings table could not be written in full");
    }
  }

  private static long count(CheckResult result, LawId law, Severity severity) {
    return result.findings().stream().filter(f -> f.law() == law && f.severity() == severity).count();
  }

  /** Numbers as the report's language writes them, not the system locale (1.234 in German). */
  private static String format(FindingMessages messages, String key, Object... args) {
    return new MessageFormat(messages.text(key), messages.language().locale()).format(args);
  }
}
