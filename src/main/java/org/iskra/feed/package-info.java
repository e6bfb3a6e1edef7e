/**
 * What the site publishes for machines: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site and
 * for every section, author, tag and country; the sitemaps (an index, article pages, listing pages
 * and a Google News sitemap) and {@code robots.txt}. Reads published articles through {@code
 * article.ArticleListings}; owns no table and listens to no event: every answer is built from the
 * store when asked, and conditional requests keep that cheap for readers that poll. {@code
 * FeedDrawer} draws all the feeds at once, without requests, for the static copy.
 */
package org.iskra.feed;
