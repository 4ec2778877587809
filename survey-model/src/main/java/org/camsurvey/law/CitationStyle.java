package org.camsurvey.law;

/**
 * How a law's parts are cited (the law folder's README).
 *
 * <p>Either style reads {@code 8} as an article, {@code 8.3} and {@code 8(三)} as an item of the
 * article (its items stand in one paragraph), and {@code 8(1)(三)} or {@code 8.1.3} as an item
 * of a paragraph. They differ in {@code N(K)} with a number: an item where the measures' article
 * has items, a paragraph in the regulation.
 */
public enum CitationStyle {
  /**
   * The measures': items are cited by their article alone, "Art. 19(8)" = 第十九条第（八）项;
   * paragraphs only where the article has no items, "Art. 24(1)" = 第二十四条第一款.
   */
  ITEM_OF_ARTICLE,
  /**
   * The regulation's: an item by its paragraph, "Art. 8(1)(三)" = 第八条第一款第（三）项, or by its
   * article where the article has one paragraph, "Art. 23(二)" = 第二十三条第（二）项; a paragraph
   * "Art. 7(3)" = 第七条第三款.
   */
  PARAGRAPH_AND_ITEM;

  /** Whether {@code N(K)} with a number K names the article's item K where it has items. */
  boolean readsParenthesisAsItem() {
    return this == ITEM_OF_ARTICLE;
  }

  /** Whether an item is written with its paragraph where the article has more than one. */
  boolean writesParagraphOfItem() {
    return this == PARAGRAPH_AND_ITEM;
  }
}
