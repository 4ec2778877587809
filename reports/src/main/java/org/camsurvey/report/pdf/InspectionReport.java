package org.camsurvey.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camsurvey.law.Law;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Party;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Site;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.Inspector;
import org.camsurvey.report.excel.FindingDeadlines;
import org.camsurvey.report.map.MapFinding;
import org.camsurvey.report.OfficeProfile;
import org.camsurvey.report.document.Cell;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.report.document.Typesetting;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.Scene;

/**
 * The inspection report (at least two officers, 《行政处罚法》 Art. 42): findings grouped by article, each with
 * its evidence, the article quoted verbatim in Chinese, what follows (Arts. 23-25, quoted too)
 * and a deadline, repeated findings of one kind at one site in one table ({@link ReportFindings});
 * a summary table; maps of the sites with findings; signature blocks.
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
    return PdfRenderer.render(model(result, inspection, info, remedies), info, font);
  }

  /** The report as a model, for the PDF and the DOCX alike. */
  public static DocumentModel model(CheckResult result, Inspection inspection, DocumentInfo info, RemedyPlan remedies) {
    return model(result, inspection, info, remedies, null);
  }

  /**
   * The report and, given the office that issues it, the inspection record ({@link InspectionRecord})
   * and one rectification notice per unit asked to rectify, each a part with its own number and
   * pages ({@link RectificationNotices}).
   */
  public static DocumentModel model(CheckResult result, Inspection inspection, DocumentInfo info, RemedyPlan remedies,
      OfficeProfile office) {
    Scene scene = Objects.requireNonNull(result.scene(), "the views of the check");
    DocumentBuilder doc = new DocumentBuilder(info.text().text("inspect.title"), info.text());
    if (office != null) {
      doc.centred(office.organ(), Typesetting.HEADING);
    }
    body(doc, info, result, scene, inspection);
    RemedyAnnex.add(doc, remedies);
    if (office != null) {
      InspectionRecord.add(doc, result, inspection, office, info.date(), info.number());
      RectificationNotices.add(doc, result, office, info.date(), inspection.deadline());
    }
    return doc.build();
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
      if (finding.party() != Party.SITE || finding.code() == FindingCode.ART15_LATE_FILING
          || finding.code() == FindingCode.CN14_LATE_FILING) {
        return NONE;
      }
      // the measures' Art. 24 removes at once; the regulation's Art. 24 is supervision, not removal
      if ("24".equals(finding.consequence()) && finding.law() != LawId.CN2025) {
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
      case NONE -> finding.party() == Party.ANYONE ? text.text("deadline.referred", finding.law())
          : text.text(finding.party() == Party.OFFICIAL ? "deadline.official" : "deadline.none");
    };
  }

  /**
   * What an inspection demands of each finding, for its workbook: the day it is due (the day of
   * the inspection for a removal) and the same words as the report's.
   */
  public static FindingDeadlines deadlines(DocumentText text, LocalDate inspected, LocalDate deadline) {
    return new FindingDeadlines() {
      @Override
      public Optional<LocalDate> date(Finding finding) {
        return switch (Demand.of(finding)) {
          case REMOVAL -> Optional.of(inspected);
          case BINDING, ADVISED -> Optional.of(deadline);
          case NONE -> Optional.empty();
        };
      }

      @Override
      public String demand(Finding finding) {
        return InspectionReport.deadline(text, finding, inspected, deadline);
      }
    };
  }

  /** The strictest of several findings' demands: one violation makes a summary row binding. */
  static Finding strictest(List<Finding> findings) {
    return findings.stream().max(Comparator.comparing(Demand::of)).orElseThrow();
  }

  private static void body(DocumentBuilder layout, DocumentInfo info, CheckResult result, Scene scene,
      Inspection inspection) {
    DocumentText text = layout.text();
    Map<String, Site> sites = new LinkedHashMap<>();
    result.survey().sites().forEach(s -> sites.put(s.siteId(), s));

    layout.title(text.text("inspect.title"), 17);
    basis(layout, text, result.options().laws());
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
    Map<Integer, List<Finding>> byArticle = new TreeMap<>(); // by law and article: see lawArticle
    List<Finding> warnings = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.article() == null) {
        warnings.add(f);
      } else {
        byArticle.computeIfAbsent(lawArticle(f), k -> new ArrayList<>()).add(f);
      }
    }
    long violations = result.count(Severity.VIOLATION);
    long deficiencies = result.count(Severity.DEFICIENCY);
    layout.paragraph(violations + deficiencies == 0 ? text.text("summary.none")
        : text.format("summary.line", violations, deficiencies, result.count(Severity.WARNING)));
    if (!byArticle.isEmpty()) {
      DocumentBuilder.TableBuilder t = layout.table(30, 16, 16, 38);
      t.headerRows(1);
      for (String k : List.of("summary.article", "summary.violations", "summary.deficiencies", "summary.deadline")) {
        t.header(text.text(k));
      }
      for (Map.Entry<Integer, List<Finding>> e : byArticle.entrySet()) {
        long v = e.getValue().stream().filter(f -> f.severity() == Severity.VIOLATION).count();
        long d = e.getValue().stream().filter(f -> f.severity() == Severity.DEFICIENCY).count();
        t.cell(articleHeading(text, e.getKey()));
        t.cell(Long.toString(v));
        t.cell(Long.toString(d));
        t.cell(InspectionReport.deadline(text, strictest(e.getValue()), info.date(), inspection.deadline()));
      }
      t.header(text.text("summary.total"));
      t.header(Long.toString(violations));
      t.header(Long.toString(deficiencies));
      t.header("");
      t.add();
    }

    // 2. findings by article: the site's, and acts of anyone referred (Art. 26); repeated ones grouped
    layout.heading(text.text("section.findings"));
    EvidencePhotos photos = new EvidencePhotos(layout, result.survey());
    ReportFindings findings = new ReportFindings(layout, sites, photos, info.date(), inspection.deadline());
    List<Finding> official = new ArrayList<>();
    for (Map.Entry<Integer, List<Finding>> e : byArticle.entrySet()) {
      List<Finding> forSite = e.getValue().stream().filter(f -> f.party() != Party.OFFICIAL).toList();
      official.addAll(e.getValue().stream().filter(f -> f.party() == Party.OFFICIAL).toList());
      if (forSite.isEmpty()) {
        continue;
      }
      layout.subheading(articleHeading(text, e.getKey()));
      findings.forSite(forSite);
    }
    photos.others();
    if (findings.printed().isEmpty()) {
      layout.paragraph(text.text("summary.none"));
    }
    List<MapFinding> numbered = findings.mapped();

    // 3. what the officials who used the footage did (Art. 18), for the supervising organ (Art. 27)
    layout.heading(text.text("section.official"));
    layout.paragraph(text.text(official.isEmpty() ? "official.none" : "official.intro"));
    findings.forSupervisor(official);

    // 4. the checklist, answered or not
    ChecklistSection.add(layout, text, result, sites);

    // 5. data problems
    layout.heading(text.text("section.warnings"));
    if (warnings.isEmpty()) {
      layout.paragraph(text.text("warnings.none"));
    }
    for (Finding w : warnings) {
      layout.paragraph("· " + (w.siteId() == null ? "" : w.siteId() + (text.language() == Language.ZH ? "：" : ": "))
          + text.message(w));
    }

    // 6. maps of the sites with findings
    layout.heading(text.text("section.maps"));
    for (String siteId : inspected) {
      Site site = sites.get(siteId);
      if (site != null) {
        layout.map(scene, site, 330, numbered);
      }
    }

    // 7. signatures
    layout.newPage();
    layout.heading(text.text("section.signatures"));
    DocumentBuilder.TableBuilder t = layout.table(18, 24, 20, 22, 16);
    for (String k : List.of("signature.inspector", "signature.name", "signature.badge", "signature.sign", "signature.date")) {
      t.header(text.text(k));
    }
    int i = 0;
    for (Inspector inspector : inspection.inspectors()) {
      i++;
      t.cell(text.text("signature.inspector") + " " + i);
      t.cell(inspector.name());
      t.cell(inspector.certificate());
      for (int k = 0; k < 2; k++) {
        // a digital signature's appearance takes the signature and date cells
        t.add(DocumentBuilder.blank(34, new Cell.SignatureMark(i - 1, inspector.name())));
      }
    }
    t.add();
    DocumentBuilder.TableBuilder unit = layout.table(1);
    unit.header(text.text("signature.unit"));
    unit.add(DocumentBuilder.blank(110, null));
    unit.cell(text.text("signature.sign") + "：________________        "
        + text.text("signature.date") + "：________________");
    unit.add();

    // the findings' codes, which the text leaves out, for whoever matches the report to check's output
    codeAppendix(layout, text, findings.printed());
  }

  /**
   * The numbered findings and their codes: the one place a code appears in the document. A run of
   * findings of one code at one site (a group of the text) is one row, "(13)–(72)", as the text
   * heads the group.
   */
  private static void codeAppendix(DocumentBuilder layout, DocumentText text, List<Finding> numbered) {
    if (numbered.isEmpty()) {
      return;
    }
    layout.heading(text.text("section.codes"));
    DocumentBuilder.TableBuilder t = layout.table(18, 40, 42).headerRows(1);
    t.header(text.text("codes.number")).header(text.text("codes.code")).header(text.text("codes.site"));
    int first = 0;
    while (first < numbered.size()) {
      Finding f = numbered.get(first);
      int last = first;
      while (last + 1 < numbered.size() && numbered.get(last + 1).code() == f.code()
          && Objects.equals(numbered.get(last + 1).siteId(), f.siteId())) {
        last++;
      }
      t.cell("(" + (first + 1) + ")" + (last == first ? "" : "–(" + (last + 1) + ")"))
          .cell(f.code().name()).cell(f.siteId() == null ? "" : f.siteId());
      first = last + 1;
    }
    t.add();
  }

  /**
   * What the document applied, under its title: the measures alone as before; otherwise each law
   * with its issuer and the day it took effect, and, with several, which prevails where they differ.
   */
  private static void basis(DocumentBuilder layout, DocumentText text, List<LawId> laws) {
    if (laws.equals(List.of(LawId.CQ2009))) {
      layout.centred(text.text("basis"), Typesetting.BODY);
      return;
    }
    for (LawId id : laws) {
      Law law = Law.of(id);
      layout.centred(text.format("basis.law", law.title(text.language()), law.issuer().in(text.language()),
          law.effective().toString()), Typesetting.BODY);
    }
    for (LawId id : laws) {
      for (LawId other : laws) {
        if (Law.of(id).prevailsOver(Law.of(other))) {
          layout.centred(text.format("basis.prevails", Law.of(id).title(text.language()),
              Law.of(other).title(text.language())), Typesetting.BODY);
        }
      }
    }
  }

  /** A finding's law and article as one key, the measures' articles first: law × 1000 + article. */
  private static int lawArticle(Finding f) {
    LawId law = f.law() == null ? LawId.CQ2009 : f.law();
    return law.ordinal() * 1000 + Integer.parseInt(f.article());
  }

  /** "第九条", or "条例 第八条" where the article is another law's than the measures'. */
  private static String articleHeading(DocumentText text, int lawArticle) {
    LawId law = LawId.values()[lawArticle / 1000];
    String article = text.article(Integer.toString(lawArticle % 1000));
    return law == LawId.CQ2009 ? article
        : text.format("article.of", Law.of(law).shortName().in(text.language()), article);
  }

  static List<String> quoteLines(Statute zh, DocumentText text, String citation) {
    List<String> lines = new ArrayList<>(zh.quote(citation));
    if (text.language() == Language.EN) {
      lines.add(0, "Art. " + citation.replace('.', '(') + (citation.contains(".") ? ")" : "") + ":");
    }
    return lines;
  }
}
