package org.iskra.media;

/**
 * An image's alt text, caption or credit changed. The article pages that show it as their featured
 * image draw them from the library, so they change with it.
 *
 * @param actor the e-mail address of who described it
 */
public record MediaDescribed(String key, String originalName, String actor) {}
