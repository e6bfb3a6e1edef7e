package org.iskra.staticsite;

/**
 * A set of link texts, looked up where they stand in a page instead of cut out of it first: a page
 * has dozens of links, most of them (the navigation, the footer, bylines) on every other page too,
 * and cutting each out to look it up in a hash set was a tenth of drawing a page, in copying and in
 * garbage. Open addressing over the texts' {@link String#hashCode}s. Not thread-safe: one per
 * drawing thread.
 */
final class LinkTexts {

  private String[] table = new String[1 << 12];
  private int size;

  /**
   * Adds the text {@code page[start, end)}: the text as a new string when it was not in the set,
   * null when it was.
   */
  String addIfNew(String page, int start, int end) {
    int length = end - start;
    int hash = spread(hash(page, start, end));
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String text = table[slot];
      if (text == null) {
        text = page.substring(start, end);
        table[slot] = text;
        if (++size * 2 > table.length) {
          grow();
        }
        return text;
      }
      if (text.length() == length && page.regionMatches(start, text, 0, length)) {
        return null;
      }
    }
  }

  int size() {
    return size;
  }

  void clear() {
    java.util.Arrays.fill(table, null);
    size = 0;
  }

  /** What {@link String#hashCode} gives for the text, without making the string. */
  private static int hash(String page, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + page.charAt(i);
    }
    return hash;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String text : old) {
      if (text != null) {
        int slot = spread(text.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = text;
      }
    }
  }
}
