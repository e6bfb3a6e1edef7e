package org.iskra.search;

/**
 * A completion offered while typing.
 *
 * @param kind {@code article}, {@code tag} or {@code author}
 * @param path where choosing it leads
 */
public record Suggestion(String kind, String text, String path) {}
