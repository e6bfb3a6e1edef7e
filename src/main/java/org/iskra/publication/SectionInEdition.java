package org.iskra.publication;

import org.iskra.section.Section;

/**
 * A section as one edition names it, for the desk's names screen.
 *
 * @param own the section with its own name and slug
 * @param named the same section as the edition names it (its own values where it has none there)
 */
public record SectionInEdition(Section own, Edition edition, Section named) {}
