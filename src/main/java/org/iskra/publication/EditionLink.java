package org.iskra.publication;

/**
 * One entry of the masthead's language switcher: an edition and where it leads from this page (the
 * same page in that edition where it exists, else that edition's front page).
 */
public record EditionLink(Edition edition, String path, boolean current) {

  /** The edition's language named in itself ("Español"). */
  public String name() {
    return edition.nativeName();
  }
}
