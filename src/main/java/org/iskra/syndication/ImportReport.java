package org.iskra.syndication;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, item by item: imported, updated (changed in the source since the last run),
 * skipped (with the reason) or failed (with the position and what is wrong; nothing of that item
 * was stored).
 *
 * @param source the file's name
 * @param items one result per item of the source, in source order
 */
public record ImportReport(String source, List<Item> items) {

  public ImportReport {
    items = List.copyOf(items);
  }

  /** What became of one item. */
  public enum Outcome {
    IMPORTED,
    UPDATED,
    SKIPPED,
    FAILED
  }

  /**
   * One item's result.
   *
   * @param position where the item is in the source, e.g. {@code line 120} or {@code post 3}
   * @param label what the item is, e.g. {@code post 42 "Title"}
   * @param reason why it was skipped or failed; for imports and updates, empty or a note on what
   *     could not be brought in with it (a date that could not be read, a missing file)
   * @param articleId the article it became or already was, or 0 when none
   */
  public record Item(
      String position, String label, Outcome outcome, String reason, long articleId) {

    /** The same result with a note added to its reason. */
    public Item noting(String note) {
      if (note == null || note.isBlank()) {
        return this;
      }
      return new Item(
          position, label, outcome, reason.isEmpty() ? note : reason + "; " + note, articleId);
    }
  }

  /** How many items had this outcome. */
  public long count(Outcome outcome) {
    return items.stream().filter(item -> item.outcome() == outcome).count();
  }

  /** Items that became new articles. */
  public long imported() {
    return count(Outcome.IMPORTED);
  }

  /** Items whose articles were revised because the source changed. */
  public long updated() {
    return count(Outcome.UPDATED);
  }

  /** Items left alone, each with its reason. */
  public long skipped() {
    return count(Outcome.SKIPPED);
  }

  /** Items refused, each with its position and reason; nothing of them was stored. */
  public long failed() {
    return count(Outcome.FAILED);
  }

  /** How many items were skipped for each reason, by reason. */
  public Map<String, Long> skipReasons() {
    Map<String, Long> reasons = new TreeMap<>();
    items.stream()
        .filter(item -> item.outcome() == Outcome.SKIPPED)
        .forEach(item -> reasons.merge(item.reason(), 1L, Long::sum));
    return reasons;
  }

  /** Items imported or updated with a note on what could not be brought in with them. */
  public List<Item> notes() {
    return items.stream()
        .filter(item -> item.outcome() == Outcome.IMPORTED || item.outcome() == Outcome.UPDATED)
        .filter(item -> !item.reason().isEmpty())
        .toList();
  }

  /** The items with this outcome, in source order. */
  public List<Item> list(Outcome outcome) {
    return items.stream().filter(item -> item.outcome() == outcome).toList();
  }
}
