package org.camsurvey.survey;

import static org.camsurvey.survey.SurveyAssembler.ITEM;
import static org.camsurvey.survey.SurveyAssembler.values;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.model.LawId;
import org.camsurvey.law.Checklist;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;

/**
 * The layers of records without a place: the register of retrievals (Arts. 18, 19(4)) and the
 * inspector's checklist, each record validated field by field.
 */
final class DutyRecords {
  private DutyRecords() {}

  static List<AccessLogEntry> accessLog(RawLayer layer) {
    List<AccessLogEntry> entries = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, null);
      Integer persons = v.integer("persons");
      if (persons != null && persons < 0) {
        throw v.error("persons", persons + " is negative");
      }
      String footage = v.text("footage");
      List<String> cameraIds = footage == null ? List.of()
          : List.of(footage.strip().split("\\s*[,，;；、]\\s*|\\s+"));
      entries.add(new AccessLogEntry(v.requiredText("site_id"), v.dateTime("when"), persons, v.text("approval"),
          v.text("purpose"), cameraIds, v.text("recorded_by"), v.text("retrieved_by"),
          v.text("destination"), v.source()));
    }
    return entries;
  }

  static List<ChecklistAnswer> checklist(RawLayer layer) {
    List<ChecklistAnswer> answers = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, null);
      String siteId = v.requiredText("site_id");
      String lawText = v.text("law");
      LawId law = lawText == null ? LawId.CQ2009 : LawId.parse(lawText).orElseThrow(() ->
          v.error("law", "'" + lawText + "' is not a law: " + LawId.codes()));
      if (law == LawId.CN2025) {
        answers.addAll(regulationAnswers(v, siteId));
        continue;
      }
      String articleText = v.requiredText("article");
      Matcher a = ITEM.matcher(articleText.replaceFirst("^(?i)(art\\.?|article)\\s*", ""));
      if (!a.matches()) {
        throw v.error("article", "'" + articleText + "' is not an article number such as 19");
      }
      int article = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
      String item = a.group(1) != null ? a.group(2) : null;
      String itemText = v.text("item");
      if (itemText != null) {
        Matcher i = ITEM.matcher(itemText.replaceFirst("^[¶(（]\\s*", ""));
        if (!i.matches() || (i.group(1) != null && Integer.parseInt(i.group(1)) != article)
            || (item != null && !item.equals(i.group(2)))) {
          throw v.error("item", "'" + itemText + "' is not an item of Art. " + article + " such as 3");
        }
        item = i.group(2);
      }
      if (item != null) {
        item = Integer.toString(Integer.parseInt(item));
      } else if (article == 11) {
        item = "3"; // the checklist's one duty of Art. 11 is its paragraph 3
      }
      String field = itemText != null ? "item" : "article";
      final String asked = item;
      Checklist.duty(article, item).orElseThrow(() -> v.error(field, unknownDuty(article, asked)));
      String answerText = v.requiredText("answer");
      ChecklistAnswer.Answer answer = ChecklistAnswer.Answer.parse(answerText).orElseThrow(() ->
          v.error("answer", "'" + answerText + "' is not yes, no or na (是/否/不适用)"));
      answers.add(new ChecklistAnswer(siteId, article, item, answer, v.text("note"), v.text("checked_by"),
          v.date("when"), v.source()));
    }
    return answers;
  }

  /**
   * An answer on a duty of the 2025 regulation ({@link RegulationChecklist}): {@code article} its
   * number, {@code item} the part after it as the regulation cites it ({@code (2)(一)}, {@code 3}
   * for a paragraph, {@code 二} for an item of a one-paragraph article), then the act where the
   * part forbids two ({@code (二)改动}, {@code (二)遮挡}); empty for a whole article.
   *
   * <p>A row on Art. 23(二) without the act, as checklists asked it before the item was split,
   * answered both acts at once: a {@code yes} or {@code na} is the same answer on each, read as
   * two answers; a {@code no} cannot say which act was found, and the two are punished apart (Art.
   * 30, or no penalty at all), so it is refused, asking for the act.
   */
  private static List<ChecklistAnswer> regulationAnswers(FieldValues v, String siteId) {
    String articleText = v.requiredText("article");
    if (!articleText.strip().matches("\\d{1,2}")) {
      throw v.error("article", "'" + articleText + "' is not an article number of the regulation such as 16");
    }
    int article = Integer.parseInt(articleText.strip());
    String itemText = v.text("item");
    String answerText = v.requiredText("answer");
    ChecklistAnswer.Answer answer = ChecklistAnswer.Answer.parse(answerText).orElseThrow(() ->
        v.error("answer", "'" + answerText + "' is not yes, no or na (是/否/不适用)"));
    List<RegulationChecklist.Duty> duties = RegulationChecklist.duty(article, itemText).map(List::of)
        .orElseGet(() -> RegulationChecklist.actsOf(article, itemText));
    if (duties.isEmpty()) {
      throw v.error(itemText == null ? "article" : "item", "Art. " + article + (itemText == null ? "" : " " + itemText)
          + " is not a checklist duty of the regulation: it answers " + RegulationChecklist.duties().stream()
              .map(d -> d.article() + (d.key() == null ? "" : d.key())).collect(Collectors.joining(", ")));
    }
    if (duties.size() > 1 && answer == ChecklistAnswer.Answer.NO) {
      RegulationChecklist.Duty first = duties.get(0);
      throw v.error("item", "a no on Art. " + first.citation() + " must say which act was found: the regulation "
          + "punishes altering, relocating or removing Art. 7 equipment (Art. 30) and sets no penalty for spraying "
          + "or covering it; write " + duties.stream().map(RegulationChecklist.Duty::key).collect(Collectors.joining(
              " or ")) + " (a row for each act found)");
    }
    return duties.stream().map(duty -> new ChecklistAnswer(siteId, article, duty.key(), answer, v.text("note"),
        v.text("checked_by"), v.date("when"), v.source(), LawId.CN2025)).toList();
  }

  private static String unknownDuty(int article, String item) {
    String asked = "Art. " + article + (item == null ? "" : " item " + item);
    return switch (article) {
      case 11 -> asked + " is not a checklist duty: Art. 11 is answered on its paragraph 3 (item 3)";
      case 12, 13, 17 -> asked + " is not a checklist duty: Art. " + article + " is answered whole (leave item empty)";
      case 19, 20 -> asked + " is not a checklist duty: Art. " + article + " is answered item by item, 1–8";
      default -> asked + " is not a checklist duty: the checklist answers Art. 11 ¶3, Art. 12, Art. 13, "
          + "Art. 17, Art. 19 items 1–8 and Art. 20 items 1–8";
    };
  }

}
