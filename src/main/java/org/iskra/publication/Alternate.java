package org.iskra.publication;

/**
 * The same page in another language, for {@code <link rel="alternate" hreflang>}.
 *
 * @param language a BCP 47 tag, or {@code x-default} for the page readers get when none of the
 *     languages is theirs
 * @param path the page's path on this site
 */
public record Alternate(String language, String path) {

  public static final String X_DEFAULT = "x-default";
}
