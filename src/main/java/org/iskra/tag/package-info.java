/**
 * Tags: the free topics readers follow across sections (Elections, History…). Owns the {@code tags}
 * table; articles refer to tags by id. Publishes no events.
 */
package org.iskra.tag;
