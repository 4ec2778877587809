package org.camsurvey.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of an inspector's checklist: whether a site meets a duty no map can show (Arts.
 * 11–13, 17, 19, 20).
 *
 * @param siteId the site inspected
 * @param article the article of the duty (11, 12, 13, 17, 19 or 20)
 * @param item the item (项) of Arts. 19 and 20, or the paragraph (款) of Art. 11 ("3"); null for
 *     a whole article; under the regulation its duty's key, the part after the article and the act
 *     where the part forbids two ("(2)(一)", "(二)改动")
 * @param answer yes, no or not applicable
 * @param note the inspector's note, or null
 * @param checkedBy who checked, or null
 * @param when the day checked, or null
 * @param source where the record came from
 * @param law the law whose duty the row answers ({@code law} column; the measures where empty)
 */
public record ChecklistAnswer(
    String siteId,
    int article,
    String item,
    Answer answer,
    String note,
    String checkedBy,
    LocalDate when,
    SourceRef source,
    LawId law) {

  /** An inspector's answer: the duty is met, not met, or does not apply to the site. */
  public enum Answer {
    YES,
    NO,
    NA;

    /** yes / no / na as the survey format spells them, with the usual Chinese and boolean forms. */
    public static Optional<Answer> parse(String text) {
      return switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "1", "是", "符合" -> Optional.of(YES);
        case "no", "n", "false", "0", "否", "不符合" -> Optional.of(NO);
        case "na", "n/a", "n.a.", "不适用", "无" -> Optional.of(NA);
        default -> Optional.empty();
      };
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ChecklistAnswer {
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(law, "law");
  }

  /** An answer on a duty of the measures, as checklists were before they named a law. */
  public ChecklistAnswer(String siteId, int article, String item, Answer answer, String note, String checkedBy,
      LocalDate when, SourceRef source) {
    this(siteId, article, item, answer, note, checkedBy, when, source, LawId.CQ2009);
  }
}
