package org.iskra.article;

import java.time.Instant;

/**
 * An article as one save left it: the whole manuscript and state, who saved it and when.
 *
 * @param version the article's version this save produced
 * @param kind what the save did, for the history view
 * @param savedBy the e-mail address of who saved it, or empty for imports and the scheduler
 */
public record ArticleRevision(
    long articleId,
    int version,
    RevisionKind kind,
    Instant savedAt,
    String savedBy,
    ArticleStatus status,
    String slug,
    Instant publishedAt,
    Manuscript manuscript) {}
