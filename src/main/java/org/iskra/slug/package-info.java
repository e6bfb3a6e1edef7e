/**
 * URL slugs: turns names and titles in any script into short, stable, ASCII path segments. Shared
 * by every feature that gives things addresses (articles, sections, authors, tags); depends on
 * nothing.
 */
package org.iskra.slug;
