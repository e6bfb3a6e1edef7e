package org.iskra.author;

/** A person who writes for the publication (not necessarily a desk account). */
public record Author(long id, String slug, String name, String bio) {

  /** The author page's address. */
  public String path() {
    return "/author/" + slug;
  }
}
