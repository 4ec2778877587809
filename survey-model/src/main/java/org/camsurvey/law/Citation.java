package org.camsurvey.law;

/**
 * A part of a law: an article, one of its paragraphs (款), or an item (项) of a paragraph.
 * {@link Statute#cite} reads one as its law's citation style writes it, {@link
 * Statute#reference} writes it back.
 *
 * @param article the article, 1-based
 * @param paragraph the paragraph, 1-based, or 0 for the whole article
 * @param item the item within the paragraph, 1-based, or 0 for the whole paragraph
 */
public record Citation(int article, int paragraph, int item) {
  public Citation {
    if (article < 1 || paragraph < 0 || item < 0 || item > 0 && paragraph == 0) {
      throw new IllegalArgumentException("not a part of a law: article " + article + ", paragraph " + paragraph
          + ", item " + item);
    }
  }

  public static Citation article(int article) {
    return new Citation(article, 0, 0);
  }

  public static Citation paragraph(int article, int paragraph) {
    return new Citation(article, paragraph, 0);
  }

  public static Citation item(int article, int paragraph, int item) {
    return new Citation(article, paragraph, item);
  }

  public boolean isArticle() {
    return paragraph == 0;
  }

  public boolean isItem() {
    return item > 0;
  }
}
