package org.iskra.syndication;

import org.iskra.section.Section;

/** What a plain-text import did. */
public record TextImportReport(int articles, Section section, boolean sectionCreated) {}
