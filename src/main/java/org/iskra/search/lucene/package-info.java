/**
 * The Lucene implementation of {@link org.iskra.search.SearchIndex}, embedded: per-language
 * analysis, queries, facets, snippets, suggestions and related articles, and the index folders with
 * their rebuild and swap. Internal to the search feature.
 */
package org.iskra.search.lucene;
