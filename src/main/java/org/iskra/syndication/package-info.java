/**
 * Bringing content in: importers that turn other formats into articles (plain text now; WordPress,
 * Ghost and feeds later). Every import runs in one transaction and is refused whole on bad input.
 */
package org.iskra.syndication;
