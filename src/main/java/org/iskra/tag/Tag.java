package org.iskra.tag;

/** A topic that articles of any section can carry. */
public record Tag(long id, String slug, String name) {

  /** The tag page's address. */
  public String path() {
    return "/tag/" + slug;
  }
}
