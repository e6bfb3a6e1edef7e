package org.iskra.section;

/** A department of the publication, listed in the navigation in {@code position} order. */
public record Section(long id, String slug, String name, String description, int position) {

  /** The section front's address. */
  public String path() {
    return "/" + slug;
  }
}
