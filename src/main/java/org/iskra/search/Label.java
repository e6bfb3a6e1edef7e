package org.iskra.search;

/**
 * A facet value: the key filters use (a slug or a country code), the name people read, and the page
 * it links to.
 */
public record Label(String key, String name, String path) {}
