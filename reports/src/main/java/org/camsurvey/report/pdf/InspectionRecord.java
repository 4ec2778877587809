package org.camsurvey.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camsurvey.law.Checklist;
import org.camsurvey.law.ChineseNumeral;
import org.camsurvey.law.Law;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.law.Statute;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.model.SiteParticulars;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.Inspector;
import org.camsurvey.report.OfficeProfile;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.Typesetting;
import org.camsurvey.rules.CheckResult;

/**
 * The inspection record (检查记录) as an office writes it, a part of its own before the notices: the
 * office and the record's number, the time and place, the inspectors with their certificates, the
 * units inspected with their particulars, what was checked (the articles the rules apply and the
 * checklist's duties, with what was found of each), the findings grouped as the notices group them
 * (one quote of the article, a table of the cameras), and lines where the inspectors, the person
 * present for the unit and a witness sign and date, then the unit's statement.
 */
final class InspectionRecord {
  private InspectionRecord() {}

  /** Adds the record as a part numbered by the office's pattern, or by {@code reportNumber} where it has none. */
  static void add(DocumentBuilder doc, CheckResult result, InspectionReport.Inspection inspection, OfficeProfile office,
      LocalDate date, String reportNumber) {
    DocumentText text = doc.text();
    boolean zh = text.language() == Language.ZH;
    String number = office.recordNumber(date.getYear(), reportNumber);
    doc.part(number);
    doc.centred(office.organ(), Typesetting.HEADING);
    doc.title(text.text("record.title"), 17);
    doc.centred(number, Typesetting.BODY);

    Map<String, Site> sites = new LinkedHashMap<>();
    result.survey().sites().forEach(s -> sites.put(s.siteId(), s));
    List<String> places = new ArrayList<>();
    for (Site s : sites.values()) {
      places.add(label(s) + (zh ? "：" : ": ") + text.orUnknown(s.address()));
    }
    doc.facts(List.of(
        new String[] {text.text("record.time"), text.format("record.time.value", date.toString())},
        new String[] {text.text("record.place"), String.join("\n", places)},
        new String[] {text.text("inspect.inspectors"), String.join("\n", inspection.inspectors().stream()
            .map(i -> text.format("inspect.inspector", i.name(), i.certificate())).toList())},
        new String[] {text.text("record.basis"), lawTitles(result.options().laws(), text.language())}));

    doc.heading(text.text("record.section.units"));
    units(doc, text, sites);

    doc.heading(text.text("record.section.scope"));
    doc.paragraph(text.format("record.scope", articlesChecked(result.options().laws(), text)));
    checklist(doc, text, result);

    doc.heading(text.text("record.section.findings"));
    findings(doc, text, result, sites);

    doc.heading(text.text("record.section.signatures"));
    doc.paragraph(text.text("record.attest"));
    DocumentBuilder.TableBuilder t = doc.table(26, 22, 22, 16, 14).keepTogether().headerRows(1);
    for (String k : List.of("record.role", "signature.name", "record.certificate", "signature.sign", "signature.date")) {
      t.header(text.text(k));
    }
    int i = 0;
    for (Inspector inspector : inspection.inspectors()) {
      i++;
      t.cell(text.text("signature.inspector") + " " + i).cell(inspector.name()).cell(inspector.certificate());
      t.add(DocumentBuilder.blank(28, null)).add(DocumentBuilder.blank(28, null));
    }
    for (String role : List.of("record.present", "record.witness")) {
      t.cell(text.text(role));
      for (int k = 0; k < 4; k++) {
        t.add(DocumentBuilder.blank(28, null));
      }
    }
    t.add();
    RectificationNotices.opinion(doc, text, 80);
  }

  /** Each unit inspected (a site's operator, else the site) once, with the particulars of its first site. */
  private static void units(DocumentBuilder doc, DocumentText text, Map<String, Site> sites) {
    Map<String, List<Site>> units = new LinkedHashMap<>();
    for (Site s : sites.values()) {
      units.computeIfAbsent(unitName(s), k -> new ArrayList<>()).add(s);
    }
    DocumentBuilder.TableBuilder t = doc.table(6, 30, 20, 26, 18).headerRows(1);
    for (String k : List.of("notice.no", "record.unit", "notice.credit_code", "notice.address", "record.in_charge")) {
      t.header(text.text(k));
    }
    int n = 0;
    for (Map.Entry<String, List<Site>> unit : units.entrySet()) {
      n++;
      Site first = unit.getValue().get(0);
      SiteParticulars p = first.particulars();
      List<String> name = new ArrayList<>(List.of(unit.getKey()));
      unit.getValue().forEach(s -> name.add(label(s)));
      t.cell(Integer.toString(n)).lines(name).cell(text.orUnknown(p.creditCode())).cell(text.orUnknown(first.address()))
          .lines(p.phone() == null ? List.of(text.orUnknown(p.contact())) : List.of(text.orUnknown(p.contact()), p.phone()));
    }
    t.add();
  }

  /** The articles whose duties the rules check, law by law, as the document cites them. */
  private static String articlesChecked(List<LawId> laws, DocumentText text) {
    List<String> parts = new ArrayList<>();
    for (LawId law : laws) {
      TreeSet<Integer> articles = new TreeSet<>();
      for (FindingCode code : FindingCode.values()) {
        if (code.law() == law && code.article() != null) {
          articles.add(Integer.parseInt(code.article()));
        }
      }
      List<String> cited = articles.stream().map(a -> text.article(Integer.toString(a))).toList();
      parts.add(lawTitles(List.of(law), text.language()) + (text.language() == Language.ZH ? "" : ", ") + String.join(text.language() == Language.ZH ? "、" : ", ", cited));
    }
    return String.join(text.language() == Language.ZH ? "；" : "; ", parts);
  }

  /**
   * The checklist's duties of the laws applied, each with the sites the inspector found complying,
   * in breach, or where it does not apply; with no answer at all, the report's blank list stands
   * for it.
   */
  private static void checklist(DocumentBuilder doc, DocumentText text, CheckResult result) {
    List<ChecklistAnswer> answers = result.survey().checklist().stream()
        .filter(a -> result.options().laws().contains(a.law())).toList();
    if (answers.isEmpty()) {
      doc.paragraph(text.text("record.checklist.none"));
      return;
    }
    DocumentBuilder.TableBuilder t = doc.table(22, 48, 30).headerRows(1);
    t.header(text.text("checklist.article")).header(text.text("checklist.duty")).header(text.text("record.checklist.result"));
    if (result.options().laws().contains(LawId.CQ2009)) {
      for (Checklist.Duty duty : Checklist.duties()) {
        String cited = duty.item() == null ? text.article(Integer.toString(duty.article()))
            : duty.isParagraph() ? text.articleParagraph(duty.article(), Integer.parseInt(duty.item()))
            : text.articleItem(Integer.toString(duty.article()), duty.item());
        t.cell(cited).cell(duty.statement(text.language())).lines(found(text, answers.stream().filter(a ->
            a.law() == LawId.CQ2009 && a.article() == duty.article() && Objects.equals(a.item(), duty.item())).toList()));
      }
    }
    if (result.options().laws().contains(LawId.CN2025)) {
      for (RegulationChecklist.Duty duty : RegulationChecklist.duties()) {
        String cited = text.format("article.of", Law.of(LawId.CN2025).shortName().in(text.language()),
            text.part(LawId.CN2025, Integer.toString(duty.article()), duty.part()));
        t.cell(cited).cell(duty.statement(text.language())).lines(found(text, answers.stream().filter(a ->
            a.law() == LawId.CN2025 && a.article() == duty.article() && Objects.equals(a.item(), duty.key())).toList()));
      }
    }
    t.add();
  }

  /** The sites by answer (是：JFB-BANK、JFB-HOTEL), or that none was asked. */
  private static List<String> found(DocumentText text, List<ChecklistAnswer> answers) {
    if (answers.isEmpty()) {
      return List.of(text.text("record.checklist.unasked"));
    }
    boolean zh = text.language() == Language.ZH;
    Map<ChecklistAnswer.Answer, List<String>> bySite = new java.util.EnumMap<>(ChecklistAnswer.Answer.class);
    answers.forEach(a -> bySite.computeIfAbsent(a.answer(), k -> new ArrayList<>()).add(a.siteId()));
    List<String> lines = new ArrayList<>();
    bySite.forEach((answer, siteIds) -> lines.add(text.text("checklist.answer." + answer.name().toLowerCase(java.util.Locale.ROOT))
        + (zh ? "：" : ": ") + String.join(zh ? "、" : ", ", siteIds.stream().distinct().toList())));
    return lines;
  }

  /**
   * The findings with an article, site by site and kind by kind as the notices group them: the
   * article quoted once, then the cameras or zones and what was found of each.
   */
  private static void findings(DocumentBuilder doc, DocumentText text, CheckResult result, Map<String, Site> sites) {
    List<List<Finding>> groups = FindingGroups.of(result.findings().stream().filter(f -> f.article() != null).toList());
    if (groups.isEmpty()) {
      doc.paragraph(text.text("summary.none"));
      return;
    }
    boolean zh = text.language() == Language.ZH;
    int g = 0;
    for (List<Finding> group : groups) {
      g++;
      Finding f = group.get(0);
      Site site = f.siteId() == null ? null : sites.get(f.siteId());
      String where = site != null ? label(site) : Objects.requireNonNullElse(f.siteId(), "");
      String ordinal = zh ? "（" + ChineseNumeral.format(g) + "）" : "(" + g + ")";
      doc.subheading(ordinal + where + (zh ? "：" : ": ")
          + text.format("record.group", text.part(lawOf(f), f.article(), f.item()), group.size()));
      doc.paragraph(String.join("", Statute.of(lawOf(f), Language.ZH).quote(DocumentText.citation(f))));
      FindingGroups.table(doc, group, i -> Integer.toString(i + 1), each -> List.of(text.message(each)));
    }
  }

  private static String label(Site s) {
    return s.name() == null ? s.siteId() : s.siteId() + " " + s.name();
  }

  private static String unitName(Site s) {
    return s.operator() != null ? s.operator() : s.name() != null ? s.name() : s.siteId();
  }

  private static LawId lawOf(Finding f) {
    return f.law() == null ? LawId.CQ2009 : f.law();
  }

  private static String lawTitles(List<LawId> laws, Language language) {
    return String.join(language == Language.ZH ? "、" : "; ", laws.stream().map(id -> Law.of(id).title(language))
        .map(t -> language == Language.ZH ? "《" + t + "》" : t).toList());
  }
}
