package org.camsurvey.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camsurvey.law.Checklist;
import org.camsurvey.law.Statute;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Party;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Site;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.Inspector;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.Scene;

/**
 * The inspection report (at least two officers, 《行政处罚法》 Art. 42): findings grouped by article, each with
 * its evidence, the article quoted verbatim in Chinese, what follows (Arts. 23-25, quoted too)
 * and a deadline; a summary table; maps of the sites with findings; signature blocks.
 */
public final class InspectionReport {
  /**
   * What the inspection adds to the check.
   *
   * @param inspectors the inspectors, at least two
   * @param deadline the date by which findings are to be rectified
   */
  public record Inspection(List<Inspector> inspectors, LocalDate deadline) {
    public Inspection {
      inspectors = List.copyOf(inspectors);
      Objects.requireNonNull(deadline, "deadline");
      if (inspectors.size() < 2) {
        throw new IllegalArgumentException("an inspection takes at least two officers (行政处罚法 Art. 42)");
      }
    }
  }

  private InspectionReport() {}

  /** The report's bytes. */
  public static byte[] write(CheckResult result, Inspection inspection, DocumentInfo info, DocumentFont font) {
    return layOut(result, inspection, info, font, null).pdf();
  }

  /**
   * The report, with fix's proposal as an annex where one is given, and where each inspector's
   * signature block lies (in the order of the inspectors).
   */
  public static LaidOutPdf layOut(CheckResult result, Inspection inspection, DocumentInfo info, DocumentFont font,
      RemedyPlan remedies) {
    Scene scene = new Scene(result.survey(), result.options());
    DocumentText text = info.text();
    return PdfLayout.render(info, font, text.text("inspect.title"), layout -> {
      body(layout, result, scene, inspection);
      RemedyAnnex.add(layout, remedies);
    });
  }

  /**
   * The duties no map can show (Art. 11 ¶3, 12, 13, 17, 19, 20), each asked so that "yes" means
   * complied with (a prohibited act as "none found"), with the answer the inspector gave, per site
   * that has answers; with none at all, one blank list (□是 □否 □不适用) to fill in by hand.
   */
  private static void checklist(PdfLayout layout, DocumentText text, CheckResult result, Map<String, Site> sites) {
    layout.heading(text.text("section.checklist"));
    Map<String, List<ChecklistAnswer>> bySite = new LinkedHashMap<>();
    for (ChecklistAnswer a : result.survey().checklist()) {
      bySite.computeIfAbsent(a.siteId(), k -> new ArrayList<>()).add(a);
    }
    if (bySite.isEmpty()) {
      layout.paragraph(text.text("checklist.unanswered"));
      bySite.put(null, List.of());
    }
    for (Map.Entry<String, List<ChecklistAnswer>> e : bySite.entrySet()) {
      if (e.getKey() != null) {
        Site site = sites.get(e.getKey());
        layout.subheading(e.getKey() + (site != null && site.name() != null ? " " + site.name() : ""));
      }
      PdfPTable t = layout.table(18, 52, 10, 20);
      t.setHeaderRows(1);
      for (String k : List.of("checklist.article", "checklist.duty", "checklist.answer", "checklist.note")) {
        t.addCell(layout.header(text.text(k), PdfLayout.BODY));
      }
      for (Checklist.Duty duty : Checklist.duties()) {
        ChecklistAnswer answer = e.getValue().stream()
            .filter(a -> a.article() == duty.article() && Objects.equals(a.item(), duty.item()))
            .findFirst().orElse(null);
        String cited = duty.item() == null ? text.article(Integer.toString(duty.article()))
            : duty.isParagraph() ? text.articleParagraph(duty.article(), Integer.parseInt(duty.item()))
            : text.articleItem(Integer.toString(duty.article()), duty.item());
        t.addCell(layout.cell(cited, PdfLayout.BODY));
        t.addCell(layout.cell(duty.statement(text.language()), PdfLayout.BODY));
        t.addCell(layout.cell(text.text("checklist.answer." + (answer == null ? "none"
            : answer.answer().name().toLowerCase(java.util.Locale.ROOT))), PdfLayout.BODY));
        List<String> note = new ArrayList<>();
        if (answer != null && answer.note() != null) {
          note.add(answer.note());
        }
        if (answer != null && answer.checkedBy() != null) {
          note.add(text.text("checklist.checked_by") + " " + answer.checkedBy());
        }
        t.addCell(layout.cell(String.join(text.language() == Language.ZH ? "；" : "; ", note), PdfLayout.BODY));
      }
      layout.add(t);
    }
  }

  /**
   * What a finding asks of the site, strictest first (docs/RULES.md): removal at once (Art. 24), the
   * inspection's binding deadline (Arts. 23, 25), an advised date (a deficiency), or nothing: an
   * official's breach goes to the supervising organ (Art. 27), an act of anyone is referred (Art.
   * 26), and a late filing has been made since.
   */
  enum Demand {
    NONE, ADVISED, BINDING, REMOVAL;

    static Demand of(Finding finding) {
      if (finding.party() != Party.SITE || finding.code() == FindingCode.ART15_LATE_FILING) {
        return NONE;
      }
      if ("24".equals(finding.consequence())) {
        return REMOVAL;
      }
      return finding.severity() == Severity.DEFICIENCY ? ADVISED : BINDING;
    }
  }

  /** The date a finding is to be rectified by, or why there is none. */
  public static String deadline(DocumentText text, Finding finding, LocalDate inspected, LocalDate deadline) {
    return switch (Demand.of(finding)) {
      case REMOVAL -> text.format("deadline.immediately", inspected.toString());
      case BINDING -> deadline.toString();
      case ADVISED -> text.format("deadline.advised", deadline.toString());
      case NONE -> text.text(finding.party() == Party.OFFICIAL ? "deadline.official"
          : finding.party() == Party.ANYONE ? "deadline.referred" : "deadline.none");
    };
  }

  /** The strictest of several findings' demands: one violation makes a summary row binding. */
  static Finding strictest(List<Finding> findings) {
    return findings.stream().max(Comparator.comparing(Demand::of)).orElseThrow();
  }

  private static void body(PdfLayout layout, CheckResult result, Scene scene, Inspection inspection)
      throws DocumentException {
    DocumentText text = layout.text;
    DocumentInfo info = layout.info;
    Map<String, Site> sites = new LinkedHashMap<>();
    result.survey().sites().forEach(s -> sites.put(s.siteId(), s));

    layout.title(text.text("inspect.title"), 17);
    layout.centred(text.text("basis"), 9.5f);
    Set<String> inspected = new LinkedHashSet<>();
    result.findings().stream().map(Finding::siteId).filter(Objects::nonNull).forEach(inspected::add);
    List<String> siteNames = sites.values().stream().map(s -> s.name() == null ? s.siteId() : s.siteId() + " " + s.name()).toList();
    layout.facts(List.of(
        new String[] {text.text("doc.number"), info.number()},
        new String[] {text.text("inspect.date"), info.date().toString()},
        new String[] {text.text("inspect.inspectors"), String.join(text.language() == Language.ZH ? "、" : ", ",
            inspection.inspectors().stream().map(i -> text.format("inspect.inspector", i.name(), i.certificate())).toList())
            + "\n" + text.text("inspect.team")},
        new String[] {text.text("doc.survey"), info.surveyName()},
        new String[] {text.text("inspect.sites"), String.join("\n", siteNames)},
        new String[] {text.text("inspect.deadline"), inspection.deadline().toString()},
        new String[] {text.text("doc.hash"), info.surveySha256()}));

    // 1. summary
    layout.heading(text.text("section.summary"));
    Map<Integer, List<Finding>> byArticle = new TreeMap<>();
    List<Finding> warnings = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.article() == null) {
        warnings.add(f);
      } else {
        byArticle.computeIfAbsent(Integer.parseInt(f.article()), k -> new ArrayList<>()).add(f);
      }
    }
    long violations = result.count(Severity.VIOLATION);
    long deficiencies = result.count(Severity.DEFICIENCY);
    layout.paragraph(violations + deficiencies == 0 ? text.text("summary.none")
        : text.format("summary.line", violations, deficiencies, result.count(Severity.WARNING)));
    if (!byArticle.isEmpty()) {
      PdfPTable t = layout.table(30, 16, 16, 38);
      t.setHeaderRows(1);
      for (String k : List.of("summary.article", "summary.violations", "summary.deficiencies", "summary.deadline")) {
        t.addCell(layout.header(text.text(k), PdfLayout.BODY));
      }
      for (Map.Entry<Integer, List<Finding>> e : byArticle.entrySet()) {
        long v = e.getValue().stream().filter(f -> f.severity() == Severity.VIOLATION).count();
        long d = e.getValue().stream().filter(f -> f.severity() == Severity.DEFICIENCY).count();
        t.addCell(layout.cell(text.article(e.getKey().toString()), PdfLayout.BODY));
        t.addCell(layout.cell(Long.toString(v), PdfLayout.BODY));
        t.addCell(layout.cell(Long.toString(d), PdfLayout.BODY));
        t.addCell(layout.cell(InspectionReport.deadline(text, strictest(e.getValue()), info.date(), inspection.deadline()),
            PdfLayout.BODY));
      }
      t.addCell(layout.header(text.text("summary.total"), PdfLayout.BODY));
      t.addCell(layout.header(Long.toString(violations), PdfLayout.BODY));
      t.addCell(layout.header(Long.toString(deficiencies), PdfLayout.BODY));
      t.addCell(layout.header("", PdfLayout.BODY));
      layout.add(t);
    }

    // 2. findings by article: the site's, and acts of anyone referred (Art. 26)
    layout.heading(text.text("section.findings"));
    Statute zh = Statute.of(Language.ZH);
    EvidencePhotos photos = new EvidencePhotos(layout, result.survey());
    int n = 0;
    List<Finding> official = new ArrayList<>();
    for (Map.Entry<Integer, List<Finding>> e : byArticle.entrySet()) {
      List<Finding> forSite = e.getValue().stream().filter(f -> f.party() != Party.OFFICIAL).toList();
      official.addAll(e.getValue().stream().filter(f -> f.party() == Party.OFFICIAL).toList());
      if (forSite.isEmpty()) {
        continue;
      }
      layout.subheading(text.article(e.getKey().toString()));
      for (Finding f : forSite) {
        n++;
        PdfPTable t = layout.table(18, 82);
        t.setKeepTogether(true);
        Site site = sites.get(f.siteId());
        String siteName = f.siteId() + (site != null && site.name() != null ? " " + site.name() : "");
        PdfPCell head = layout.header("(" + n + ") " + f.code().name() + " · "
            + text.messages().text("severity." + f.severity().code()) + " · " + siteName, PdfLayout.BODY);
        head.setColspan(2);
        t.addCell(head);
        row(layout, t, "finding.fact", List.of(text.message(f)));
        List<String> evidence = text.evidence(f);
        if (!evidence.isEmpty()) {
          row(layout, t, "finding.evidence", List.of(String.join(text.language() == Language.ZH ? "；" : "; ", evidence)));
        }
        String citation = DocumentText.citation(f);
        List<String> law = new ArrayList<>(quoteLines(zh, text, citation));
        if (f.figures().get("required") instanceof Number required && "8".equals(f.article())) {
          law.add(text.format("criterion.art8", DocumentText.percent(required.doubleValue())));
        }
        row(layout, t, "finding.law", law);
        String consequence = f.consequence();
        row(layout, t, "finding.consequence", f.code() == FindingCode.ART15_LATE_FILING
            ? List.of(text.text("consequence.filed_late"))
            : consequence == null ? List.of(text.text("consequence.none")) : quoteLines(zh, text, consequence));
        row(layout, t, "finding.deadline", List.of(deadline(text, f, info.date(), inspection.deadline())));
        photos.rows(t, f);
        layout.add(t);
      }
    }
    photos.others();
    if (n == 0) {
      layout.paragraph(text.text("summary.none"));
    }

    // 3. what the officials who used the footage did (Art. 18), for the supervising organ (Art. 27)
    layout.heading(text.text("section.official"));
    layout.paragraph(text.text(official.isEmpty() ? "official.none" : "official.intro"));
    for (Finding f : official) {
      n++;
      PdfPTable t = layout.table(18, 82);
      t.setKeepTogether(true);
      Site site = sites.get(f.siteId());
      PdfPCell head = layout.header("(" + n + ") " + f.code().name() + " · "
          + text.messages().text("severity." + f.severity().code()) + " · " + f.siteId()
          + (site != null && site.name() != null ? " " + site.name() : ""), PdfLayout.BODY);
      head.setColspan(2);
      t.addCell(head);
      row(layout, t, "finding.fact", List.of(text.message(f)));
      row(layout, t, "finding.law", quoteLines(zh, text, DocumentText.citation(f)));
      row(layout, t, "finding.consequence", quoteLines(zh, text, f.consequence()));
      layout.add(t);
    }

    // 4. the checklist, answered or not
    checklist(layout, text, result, sites);

    // 5. data problems
    layout.heading(text.text("section.warnings"));
    if (warnings.isEmpty()) {
      layout.paragraph(text.text("warnings.none"));
    }
    for (Finding w : warnings) {
      layout.paragraph("· " + w.code().name() + (w.siteId() == null ? "" : " (" + w.siteId() + ")") + ": " + text.message(w));
    }

    // 6. maps of the sites with findings
    layout.heading(text.text("section.maps"));
    for (String siteId : inspected) {
      Site site = sites.get(siteId);
      if (site != null) {
        layout.map(scene, site, 330);
      }
    }

    // 7. signatures
    layout.newPage();
    layout.heading(text.text("section.signatures"));
    PdfPTable t = layout.table(18, 24, 20, 22, 16);
    for (String k : List.of("signature.inspector", "signature.name", "signature.badge", "signature.sign", "signature.date")) {
      t.addCell(layout.header(text.text(k), PdfLayout.BODY));
    }
    int i = 0;
    for (Inspector inspector : inspection.inspectors()) {
      i++;
      t.addCell(layout.cell(text.text("signature.inspector") + " " + i, PdfLayout.BODY));
      t.addCell(layout.cell(inspector.name(), PdfLayout.BODY));
      t.addCell(layout.cell(inspector.certificate(), PdfLayout.BODY));
      for (int k = 0; k < 2; k++) {
        PdfPCell blank = layout.cell("", PdfLayout.BODY);
        blank.setMinimumHeight(34);
        // a digital signature's appearance takes the signature and date cells
        blank.setCellEvent(layout.signatureBlock(i - 1, inspector.name()));
        t.addCell(blank);
      }
    }
    layout.add(t);
    PdfPTable unit = layout.table(1);
    unit.addCell(layout.header(text.text("signature.unit"), PdfLayout.BODY));
    PdfPCell space = layout.cell("", PdfLayout.BODY);
    space.setMinimumHeight(110);
    unit.addCell(space);
    PdfPCell sign = layout.cell(text.text("signature.sign") + "：________________        "
        + text.text("signature.date") + "：________________", PdfLayout.BODY);
    sign.setPaddingTop(8);
    sign.setPaddingBottom(8);
    unit.addCell(sign);
    layout.add(unit);
  }

  private static void row(PdfLayout layout, PdfPTable t, String key, List<String> lines) {
    t.addCell(layout.header(layout.text.text(key), PdfLayout.BODY - 0.5f));
    t.addCell(layout.lines(lines, PdfLayout.BODY - 0.5f));
  }

  /** The Chinese text of a citation, verbatim: the law is the Chinese text in either language. */
  static List<String> quoteLines(Statute zh, DocumentText text, String citation) {
    List<String> lines = new ArrayList<>(zh.quote(citation));
    if (text.language() == Language.EN) {
      lines.add(0, "Art. " + citation.replace('.', '(') + (citation.contains(".") ? ")" : "") + ":");
    }
    return lines;
  }
}
