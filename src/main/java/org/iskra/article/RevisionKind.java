package org.iskra.article;

import java.util.Locale;

/** What a save did, as the history view tells it. */
public enum RevisionKind {
  CREATED("Created"),
  SAVED("Saved"),
  AUTOSAVED("Autosaved"),
  PUBLISHED("Published"),
  SCHEDULED("Scheduled"),
  UNPUBLISHED("Unpublished"),
  TRASHED("Moved to trash"),
  RESTORED("Restored from trash"),
  REVERTED("Restored an earlier revision");

  private final String label;

  RevisionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RevisionKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
