/**
 * The public site around the articles: the front page, section fronts, author, tag and country
 * pages, the archive and the error pages. Taxonomy pages live here, not in their features, because
 * they are listings of articles: the taxonomy features stay below {@code article} and the graph has
 * no cycle.
 */
package org.iskra.site;
