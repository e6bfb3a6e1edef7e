/**
 * Articles: the content model (manuscript, status, slugs and their history, bylines, countries,
 * tags), teasers, body sanitising, the article store, listings of published articles (also for
 * feeds and sitemaps) and the public article page with what it tells search engines and link
 * previews (Open Graph, schema.org JSON-LD, translations). Owns the {@code articles} and {@code
 * article_*} tables. Reads sections, authors, tags and countries through their public APIs.
 */
package org.iskra.article;
