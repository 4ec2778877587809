package org.camsurvey.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.law.ChineseNumeral;
import org.camsurvey.law.Law;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.model.SiteParticulars;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.OfficeProfile;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.rules.CheckResult;

/**
 * One rectification notice (责令限期改正通知书) per unit the inspection asks something of, each a part
 * of its own with its own number from the office's pattern: the unit's particulars, the facts
 * (repeated findings of one kind at one site grouped: the article quoted once, then a table of
 * the cameras or zones), the articles breached and what follows, the deadline, the unit's rights
 * to review and to sue, the organ's signature and seal, service and receipt, and room for the
 * unit's own statement (被检查单位意见). Findings for the officials' superiors or referred as
 * anyone's acts ask nothing of the unit and stay in the record alone.
 */
final class RectificationNotices {
  private RectificationNotices() {}

  /** A unit and the findings that ask something of it, in the record's order. */
  private record Unit(String name, List<Site> sites, List<Finding> findings) {}

  /** Adds the notices; the numbers of those issued, in order. */
  static List<String> add(DocumentBuilder doc, CheckResult result, OfficeProfile office, LocalDate date,
      LocalDate deadline) {
    DocumentText text = doc.text();
    List<String> numbers = new ArrayList<>();
    for (Unit unit : units(result)) {
      String number = office.number(date.getYear(), numbers.size());
      numbers.add(number);
      doc.part(number);
      doc.centred(office.organ(), org.camsurvey.report.document.Typesetting.HEADING);
      doc.title(text.text("notice.title"), 17);
      doc.centred(number, org.camsurvey.report.document.Typesetting.BODY);
      Site first = unit.sites().get(0);
      SiteParticulars p = first.particulars();
      doc.facts(List.of(
          new String[] {text.text("notice.unit"), unit.name()},
          new String[] {text.text("notice.credit_code"), text.orUnknown(p.creditCode())},
          new String[] {text.text("notice.address"), text.orUnknown(first.address())},
          new String[] {text.text("notice.contact"), text.orUnknown(p.contact())
              + (p.phone() == null ? "" : (text.language() == Language.ZH ? "　" : ", ") + p.phone())},
          new String[] {text.text("notice.sites"), String.join("\n", unit.sites().stream()
              .map(s -> s.siteId() + (s.name() == null ? "" : " " + s.name())).toList())}));
      doc.paragraph(unit.name() + (text.language() == Language.ZH ? "：" : ":"));
      doc.paragraph(text.format("notice.opening", unit.name(), date.toString(), lawsApplied(unit, text.language())));
      int g = 0;
      for (List<Finding> group : FindingGroups.of(unit.findings())) {
        g++;
        Finding f = group.get(0);
        String ordinal = text.language() == Language.ZH ? "（" + ChineseNumeral.format(g) + "）" : "(" + g + ")";
        doc.subheading(text.format("notice.group", ordinal, text.part(lawOf(f), f.article(), f.item()),
            group.size()));
        doc.paragraph(String.join("", statute(f).quote(DocumentText.citation(f))));
        FindingGroups.table(doc, group, i -> Integer.toString(i + 1), each -> List.of(text.message(each)));
        doc.paragraph(text.text("notice.consequence") + (f.consequence() == null ? text.text("consequence.none", f.law())
            : String.join("", statute(f).quote(f.consequence()))));
        doc.paragraph(text.text("notice.deadline") + InspectionReport.deadline(text, InspectionReport.strictest(group),
            date, deadline));
      }
      doc.paragraph(text.format("notice.order", deadline.toString()));
      doc.paragraph(text.format("notice.rights", office.reviewOrgan(), office.court()));
      doc.paragraph(office.organ() + text.text("notice.seal"));
      doc.paragraph(date.toString());
      if (office.address() != null || office.phone() != null) {
        doc.paragraph(text.format("notice.office", text.orUnknown(office.address()), text.orUnknown(office.phone())));
      }
      DocumentBuilder.TableBuilder service = doc.table(28, 72).keepTogether();
      for (String k : List.of("notice.service.way", "notice.service.place", "notice.service.receiver",
          "notice.service.server", "notice.service.date")) {
        service.header(text.text(k));
        service.add(DocumentBuilder.blank(22, null));
      }
      service.add();
      opinion(doc, text, 90);
    }
    return numbers;
  }

  /**
   * The inspected unit's own words (被检查单位意见), signed and dated, which closes a notice and
   * the inspection record alike.
   */
  static void opinion(DocumentBuilder doc, DocumentText text, int heightPoints) {
    DocumentBuilder.TableBuilder opinion = doc.table(1).keepTogether();
    opinion.header(text.text("notice.opinion"));
    opinion.add(DocumentBuilder.blank(heightPoints, null));
    opinion.cell(text.text("signature.sign") + "：________________        "
        + text.text("signature.date") + "：________________");
    opinion.add();
  }

  /** The law a finding rests on: its own; the measures' for a finding of no law, which never has an article. */
  private static LawId lawOf(Finding f) {
    return f.law() == null ? LawId.CQ2009 : f.law();
  }

  /** The text a finding quotes: its own law's, in Chinese, as the law is written. */
  private static Statute statute(Finding f) {
    return Statute.of(lawOf(f), Language.ZH);
  }

  /**
   * The laws the notice's findings rest on, as its opening names them: 《…》 in Chinese, joined by
   * 和; the titles joined by "and" in English.
   */
  private static String lawsApplied(Unit unit, Language language) {
    List<String> titles = unit.findings().stream().map(RectificationNotices::lawOf)
        .distinct().sorted().map(id -> Law.of(id).title(language))
        .map(title -> language == Language.ZH ? "《" + title + "》" : title).toList();
    return String.join(language == Language.ZH ? "和" : " and ", titles);
  }

  /**
   * The units asked to rectify, each with its sites and findings: a site's using unit (its
   * operator), or the site itself where the survey names none.
   */
  private static List<Unit> units(CheckResult result) {
    Map<String, Site> sites = new LinkedHashMap<>();
    result.survey().sites().forEach(s -> sites.put(s.siteId(), s));
    Map<String, Unit> units = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      if (f.article() == null || f.siteId() == null || InspectionReport.Demand.of(f) == InspectionReport.Demand.NONE) {
        continue;
      }
      Site site = sites.getOrDefault(f.siteId(), new Site(f.siteId(), null, null, null, null));
      String name = site.operator() != null ? site.operator() : site.name() != null ? site.name() : site.siteId();
      Unit unit = units.computeIfAbsent(name, k -> new Unit(k, new ArrayList<>(), new ArrayList<>()));
      if (!unit.sites().contains(site)) {
        unit.sites().add(site);
      }
      unit.findings().add(f);
    }
    return List.copyOf(units.values());
  }
}
