/**
 * The static copy: {@code iskra export-static DIR} writes every public address of the site (pages
 * and their later pages, feeds, sitemaps, robots.txt, the not-found page, assets, media) as files
 * any static host or CDN can serve. It reads the site over loopback HTTP from the application
 * itself, so every filter (editions, page cache, headers) answers exactly as it answers readers;
 * re-runs rewrite only the files whose bytes changed and remove those of vanished pages.
 */
package org.iskra.staticsite;
