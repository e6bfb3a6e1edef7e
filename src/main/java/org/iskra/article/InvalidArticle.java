package org.iskra.article;

/** An article that cannot be saved as given; the message names the field and says why. */
public class InvalidArticle extends IllegalArgumentException {
  public InvalidArticle(String message) {
    super(message);
  }
}
