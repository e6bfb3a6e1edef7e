package org.iskra.article;

import java.time.Instant;
import java.util.List;
import org.iskra.author.Author;
import org.iskra.geo.Country;
import org.iskra.section.Section;

/** An article as a listing shows it: headline, teaser text, byline, section and countries. */
public record Teaser(
    long id,
    String title,
    String text,
    Instant publishedAt,
    Section section,
    List<Author> authors,
    List<Country> countries,
    String path) {}
