/**
 * Sections: the publication's main departments (Americas, Europe…), their order and descriptions.
 * Owns the {@code sections} table; every article has one primary section. Publishes no events.
 */
package org.iskra.section;
