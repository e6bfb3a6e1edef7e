/**
 * Authors: the people in bylines, with their slugs and biographies. Owns the {@code authors} table;
 * articles refer to authors by id and list them in byline order. Publishes no events.
 */
package org.iskra.author;
