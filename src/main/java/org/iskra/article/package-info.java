/**
 * Articles: the content model (manuscript, status, slugs and their history, bylines, countries,
 * tags), teasers, body sanitising, the article store, listings of published articles and the public
 * article page. Owns the {@code articles} and {@code article_*} tables. Reads sections, authors,
 * tags and countries through their public APIs.
 */
package org.iskra.article;
