package org.iskra.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of article revisions; writes join the caller's transaction. Thread-safe. */
interface ArticleRevisions {

  /** Records the article as it now is. */
  void append(Article article, RevisionKind kind, String savedBy, Instant savedAt);

  /**
   * Removes the revision of that version if it is an autosave by the same person, so that the next
   * autosave replaces it.
   */
  void dropAutosave(long articleId, int version, String savedBy);

  /** The article's revisions, newest first. */
  List<ArticleRevision> list(long articleId);

  Optional<ArticleRevision> find(long articleId, int version);
}
