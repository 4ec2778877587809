package org.camsurvey.model;

/**
 * An article and one of its items (项), written "8.7" for Art. 8 item (7).
 *
 * @param article the article number
 * @param item the item number, 1-based
 */
public record ArticleItem(int article, int item) {
  public ArticleItem {
    if (article < 1 || item < 1) {
      throw new IllegalArgumentException("article and item are 1-based: " + article + "." + item);
    }
  }

  @Override
  public String toString() {
    return article + "." + item;
  }
}
