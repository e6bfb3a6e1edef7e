package org.iskra.media;

import java.util.List;

/**
 * The articles that show an image, for the desk's delete page: what loses the image if it goes.
 * Implemented by the {@code article} package, which owns articles (this package cannot depend on
 * it: articles show images).
 */
public interface MediaUses {

  /**
   * An article showing the image, as its featured image or in its body.
   *
   * @param status its state as the desk names it ({@code published}, {@code draft}…)
   */
  record Use(long articleId, String title, String status) {

    public String deskPath() {
      return "/desk/articles/" + articleId;
    }
  }

  /** The articles not in the trash that show the image, newest first, at most {@code limit}. */
  List<Use> of(String key, int limit);
}
