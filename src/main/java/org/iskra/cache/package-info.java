/**
 * The page cache: public pages (front, sections, articles, taxonomy pages, archive, feeds,
 * sitemaps) kept in memory gzipped, under the tags the page declared ({@code
 * publication.PageTags}), answered with strong ETags, {@code 304}s and surrogate keys for a CDN.
 * Listens to {@code ArticleSaved} and {@code ArticleDeleted} after commit and drops exactly the
 * pages that showed the article or list where it was or is. Also fingerprints static assets.
 */
package org.iskra.cache;
