/**
 * Full-text search: the engine-neutral {@link org.iskra.search.SearchIndex} contract and its query
 * and result records; the Lucene implementation lives in {@code search.lucene}. Listens to article
 * events to keep the index in step with the store, and stores each published article's related list
 * when it indexes it ({@code related_articles}), which article pages read.
 */
package org.iskra.search;
