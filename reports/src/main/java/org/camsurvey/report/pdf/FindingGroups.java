package org.camsurvey.report.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.DocumentBuilder;

/**
 * Repeated findings of one kind at one site, as the inspection's documents (the report, the
 * record, the notices) print them: the article quoted once, then a table of the cameras or zones,
 * so that sixty cameras never filed make one table, not sixty quotes of the article.
 */
final class FindingGroups {
  private FindingGroups() {}

  /**
   * A kind of finding at a site: its code, the law and part of an article it cites, and what
   * follows. The consequence is part of the kind because one part can name acts punished apart
   * (the regulation's Art. 23(二): altering under Art. 30, covering under none), and a group
   * quotes one consequence for all its findings.
   */
  private record Kind(String siteId, FindingCode code, LawId law, String citation, String consequence) {}

  /**
   * The findings by site and kind, each group in the order given, the groups in the order of
   * their first findings.
   */
  static List<List<Finding>> of(Collection<Finding> findings) {
    Map<Kind, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) {
      groups.computeIfAbsent(new Kind(f.siteId(), f.code(), f.law(), DocumentText.citation(f), f.consequence()),
          k -> new ArrayList<>()).add(f);
    }
    return List.copyOf(groups.values());
  }

  /** What a finding is about, as a group's table names it: camera → zone, the zone, else the site. */
  static String object(Finding f) {
    return f.cameraId() != null ? f.cameraId() + (f.zoneId() == null ? "" : " → " + f.zoneId())
        : f.zoneId() != null ? f.zoneId() : Objects.requireNonNullElse(f.siteId(), "");
  }

  /**
   * A group's table of three columns: each finding's number, what it is about, and its fact, under
   * a header row repeated on every page it runs over.
   */
  static void table(DocumentBuilder doc, List<Finding> group, IntFunction<String> number,
      Function<Finding, List<String>> fact) {
    DocumentText text = doc.text();
    DocumentBuilder.TableBuilder t = doc.table(8, 20, 72).headerRows(1);
    t.header(text.text("notice.no")).header(text.text("notice.object")).header(text.text("notice.fact"));
    for (int i = 0; i < group.size(); i++) {
      t.cell(number.apply(i)).cell(object(group.get(i))).lines(fact.apply(group.get(i)));
    }
    t.add();
  }
}
