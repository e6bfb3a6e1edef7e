package org.iskra.article;

import java.time.Instant;
import java.util.List;

/** An article as a listing needs it: no body, the teaser already derived. */
record ListedArticle(
    long id,
    String language,
    String slug,
    String title,
    String teaser,
    long sectionId,
    Instant publishedAt,
    List<Long> authorIds,
    List<String> countryCodes) {}
