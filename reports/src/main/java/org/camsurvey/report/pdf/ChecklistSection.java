package org.camsurvey.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camsurvey.law.Checklist;
import org.camsurvey.law.Law;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.rules.CheckResult;

/** The inspection report's checklist section: the duties of the laws applied, with the inspector's answers. */
final class ChecklistSection {
  private ChecklistSection() {}

  /**
   * The duties no map can show (Art. 11 ¶3, 12, 13, 17, 19, 20), each asked so that "yes" means
   * complied with (a prohibited act as "none found"), with the answer the inspector gave, per site
   * that has answers; with none at all, one blank list (□是 □否 □不适用) to fill in by hand.
   */
  static void add(DocumentBuilder layout, DocumentText text, CheckResult result, Map<String, Site> sites) {
    layout.heading(text.text("section.checklist"));
    Map<String, List<ChecklistAnswer>> bySite = new LinkedHashMap<>();
    for (ChecklistAnswer a : result.survey().checklist()) {
      // only the answers on the laws the inspection applied
      if (result.options().laws().contains(a.law())) {
        bySite.computeIfAbsent(a.siteId(), k -> new ArrayList<>()).add(a);
      }
    }
    boolean measures = result.options().laws().contains(LawId.CQ2009);
    boolean regulation = result.options().laws().contains(LawId.CN2025);
    if (bySite.isEmpty()) {
      layout.paragraph(text.text("checklist.unanswered"));
      bySite.put(null, List.of());
    }
    for (Map.Entry<String, List<ChecklistAnswer>> e : bySite.entrySet()) {
      if (e.getKey() != null) {
        Site site = sites.get(e.getKey());
        layout.subheading(e.getKey() + (site != null && site.name() != null ? " " + site.name() : ""));
      }
      DocumentBuilder.TableBuilder t = layout.table(18, 52, 10, 20);
      t.headerRows(1);
      for (String k : List.of("checklist.article", "checklist.duty", "checklist.answer", "checklist.note")) {
        t.header(text.text(k));
      }
      for (Checklist.Duty duty : measures ? Checklist.duties() : List.<Checklist.Duty>of()) {
        ChecklistAnswer answer = e.getValue().stream()
            .filter(a -> a.law() == LawId.CQ2009 && a.article() == duty.article() && Objects.equals(a.item(), duty.item()))
            .findFirst().orElse(null);
        String cited = duty.item() == null ? text.article(Integer.toString(duty.article()))
            : duty.isParagraph() ? text.articleParagraph(duty.article(), Integer.parseInt(duty.item()))
            : text.articleItem(Integer.toString(duty.article()), duty.item());
        checklistRow(text, t, cited, duty.statement(text.language()), answer);
      }
      // the regulation's duties, each cited as the regulation cites itself
      for (RegulationChecklist.Duty duty : regulation ? RegulationChecklist.duties() : List.<RegulationChecklist.Duty>of()) {
        ChecklistAnswer answer = e.getValue().stream()
            .filter(a -> a.law() == LawId.CN2025 && a.article() == duty.article() && Objects.equals(a.item(), duty.key()))
            .findFirst().orElse(null);
        String cited = text.format("article.of", Law.of(LawId.CN2025).shortName().in(text.language()),
            text.part(LawId.CN2025, Integer.toString(duty.article()), duty.part()));
        checklistRow(text, t, cited, duty.statement(text.language()), answer);
      }
      t.add();
    }
  }

  private static void checklistRow(DocumentText text, DocumentBuilder.TableBuilder t, String cited, String statement,
      ChecklistAnswer answer) {
    t.cell(cited);
    t.cell(statement);
    t.cell(text.text("checklist.answer." + (answer == null ? "none"
        : answer.answer().name().toLowerCase(java.util.Locale.ROOT))));
    List<String> note = new ArrayList<>();
    if (answer != null && answer.note() != null) {
      note.add(answer.note());
    }
    if (answer != null && answer.checkedBy() != null) {
      note.add(text.text("checklist.checked_by") + " " + answer.checkedBy());
    }
    t.cell(String.join(text.language() == Language.ZH ? "；" : "; ", note));
  }
}
