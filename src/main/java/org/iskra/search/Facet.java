package org.iskra.search;

import java.util.Locale;

/** What results are counted and filtered by. */
public enum Facet {
  SECTION,
  COUNTRY,
  TAG,
  AUTHOR,
  LANGUAGE,
  YEAR,
  /** Desk searches only: the workflow state ({@code draft}, … or {@code trashed}). */
  STATUS;

  /** The name used in URLs: {@code section}, {@code country} … */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
