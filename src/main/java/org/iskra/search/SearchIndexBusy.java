package org.iskra.search;

/**
 * The index is held by another process (the running server), so this one cannot open it for
 * writing. Engines translate their own lock failures into this.
 */
public class SearchIndexBusy extends RuntimeException {

  public SearchIndexBusy(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether this failure, or one of its causes, is a busy index. */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SearchIndexBusy) {
        return true;
      }
    }
    return false;
  }
}
