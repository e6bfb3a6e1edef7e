package org.iskra.search;

import java.time.Instant;
import java.util.List;

/**
 * One result. The snippet is plain text in parts, the matching words marked, so that templates
 * escape it like any other text.
 */
public record SearchHit(
    long articleId,
    String title,
    String path,
    String language,
    String status,
    Label section,
    Instant publishedAt,
    Instant updatedAt,
    List<SnippetPart> snippet,
    float score) {

  public SearchHit {
    snippet = List.copyOf(snippet);
  }

  /** A run of snippet text, marked when it matched the query. */
  public record SnippetPart(String text, boolean match) {}
}
