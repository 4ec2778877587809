package org.camsurvey.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.map.MapFinding;

/**
 * The inspection report's findings, numbered in the order printed, as the maps and the code
 * appendix number them. A finding alone of its kind at its site is a table of its own (fact,
 * evidence, the article quoted, what follows, the deadline, photos); repeated findings of one kind
 * at one site ({@link FindingGroups}) share one table: the article, what follows and the deadline
 * once, the evidence the findings share once, then a row per finding with its number, camera or
 * zone, fact and the figures of its own, and the photos, each once.
 */
final class ReportFindings {
  private final DocumentBuilder layout;
  private final DocumentText text;
  private final Map<String, Site> sites;
  private final EvidencePhotos photos;
  private final LocalDate inspected;
  private final LocalDate deadline;
  private final List<Finding> printed = new ArrayList<>();
  private final List<MapFinding> mapped = new ArrayList<>();

  ReportFindings(DocumentBuilder layout, Map<String, Site> sites, EvidencePhotos photos, LocalDate inspected,
      LocalDate deadline) {
    this.layout = layout;
    this.text = layout.text();
    this.sites = sites;
    this.photos = photos;
    this.inspected = inspected;
    this.deadline = deadline;
  }

  /** The findings printed so far, in the order of their numbers (1, 2, …). */
  List<Finding> printed() {
    return List.copyOf(printed);
  }

  /** The site's findings with their numbers, for the maps. */
  List<MapFinding> mapped() {
    return List.copyOf(mapped);
  }

  /** Adds findings the site is to answer for: with their evidence, deadline and photos, marked on the maps. */
  void forSite(List<Finding> findings) {
    for (List<Finding> group : FindingGroups.of(findings)) {
      int first = printed.size() + 1;
      for (Finding f : group) {
        mapped.add(new MapFinding(printed.size() + 1, f));
        printed.add(f);
      }
      IntFunction<String> number = i -> "(" + (first + i) + ")";
      DocumentBuilder.TableBuilder t = header(group, first);
      if (group.size() == 1) {
        row(t, "finding.fact", List.of(text.message(group.get(0))));
        evidence(t, "finding.evidence", text.evidence(group.get(0)));
      } else {
        evidence(t, "finding.group.evidence", shared(group));
      }
      Finding f = group.get(0);
      List<String> law = new ArrayList<>(quote(f, DocumentText.citation(f)));
      if (f.figures().get("required") instanceof Number required && "8".equals(f.article())) {
        law.add(text.format("criterion.art8", DocumentText.percent(required.doubleValue())));
      }
      row(t, "finding.law", law);
      boolean filedLate = f.code() == FindingCode.ART15_LATE_FILING || f.code() == FindingCode.CN14_LATE_FILING;
      row(t, "finding.consequence", filedLate ? List.of(text.text("consequence.filed_late"))
          : f.consequence() == null ? List.of(text.text("consequence.none", f.law())) : quote(f, f.consequence()));
      row(t, "finding.deadline", List.of(InspectionReport.deadline(text, InspectionReport.strictest(group), inspected,
          deadline)));
      photos.basis(t, f.code());
      if (group.size() > 1) {
        instances(t, group, number);
      }
      photos.photos(t, group, group.size() > 1 ? number : i -> "");
      t.add();
    }
  }

  /** Adds breaches of the officials who used the footage (Art. 18), for their supervising organ: no deadline. */
  void forSupervisor(List<Finding> findings) {
    for (List<Finding> group : FindingGroups.of(findings)) {
      int first = printed.size() + 1;
      printed.addAll(group);
      DocumentBuilder.TableBuilder t = header(group, first);
      Finding f = group.get(0);
      if (group.size() == 1) {
        row(t, "finding.fact", List.of(text.message(f)));
      }
      row(t, "finding.law", quote(f, DocumentText.citation(f)));
      row(t, "finding.consequence", quote(f, f.consequence()));
      if (group.size() > 1) {
        instances(t, group, i -> "(" + (first + i) + ")");
      }
      t.add();
    }
  }

  /**
   * A group's table under its title: "(n) 违法 · site", kept on one page where it fits; or
   * "(n)–(m) 违法 · site（k 处）", repeated on every page the table runs over. A group is not kept
   * together: Word, told to keep sixty rows on one page, starts them on the next and leaves this
   * one half empty.
   */
  private DocumentBuilder.TableBuilder header(List<Finding> group, int first) {
    Finding f = group.get(0);
    Site site = sites.get(f.siteId());
    String where = f.siteId() + (site != null && site.name() != null ? " " + site.name() : "");
    String severity = text.messages().text("severity." + f.severity().code());
    DocumentBuilder.TableBuilder t = layout.table(18, 82);
    if (group.size() == 1) {
      t.keepTogether();
      t.add(DocumentBuilder.spanningHeader("(" + first + ") " + severity + " · " + where, 2));
    } else {
      t.headerRows(1);
      t.add(DocumentBuilder.spanningHeader(text.format("finding.group", "(" + first + ")",
          "(" + (first + group.size() - 1) + ")", severity, where, group.size()), 2));
    }
    return t;
  }

  /** A row per finding of a group: its number and camera or zone, its fact and the figures of its own. */
  private void instances(DocumentBuilder.TableBuilder t, List<Finding> group, IntFunction<String> number) {
    t.header(text.text("finding.group.object")).header(text.text("finding.group.fact"));
    List<String> shared = shared(group);
    for (int i = 0; i < group.size(); i++) {
      Finding f = group.get(i);
      List<String> own = text.evidence(f).stream().filter(e -> !shared.contains(e)).toList();
      List<String> lines = new ArrayList<>(List.of(text.message(f)));
      if (!own.isEmpty()) {
        lines.add(String.join(separator(), own));
      }
      t.cell(number.apply(i) + " " + FindingGroups.object(f));
      t.lines(lines);
    }
  }

  /** The evidence every finding of a group gives alike (a required share, a retention period required). */
  private List<String> shared(List<Finding> group) {
    List<String> shared = new ArrayList<>(text.evidence(group.get(0)));
    group.forEach(f -> shared.retainAll(text.evidence(f)));
    return shared;
  }

  private void evidence(DocumentBuilder.TableBuilder t, String key, List<String> evidence) {
    if (!evidence.isEmpty()) {
      row(t, key, List.of(String.join(separator(), evidence)));
    }
  }

  private void row(DocumentBuilder.TableBuilder t, String key, List<String> lines) {
    t.header(text.text(key));
    t.lines(lines);
  }

  private String separator() {
    return text.language() == Language.ZH ? "；" : "; ";
  }

  /** Part of the law a finding rests on, quoted in Chinese (the authoritative text), as the report quotes it. */
  private List<String> quote(Finding f, String citation) {
    return InspectionReport.quoteLines(Statute.of(f.law() == null ? LawId.CQ2009 : f.law(), Language.ZH), text,
        citation);
  }
}
