package org.iskra.staticsite;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of link texts, looked up where they stand in a page's UTF-8 bytes instead of cut out of it
 * first: a page has dozens of links, most of them (the navigation, the footer, bylines) on every
 * other page too, and cutting each out to look it up in a hash set was a tenth of drawing a page,
 * in copying and in garbage. The texts are kept as bytes in one array, found by a 64-bit hash in an
 * open-addressing table; a hash that matches is confirmed by comparing the bytes. Not thread-safe:
 * one per drawing thread.
 */
final class LinkTexts {

  /** Eight bytes of an array as one {@code long}: the page scans read them eight at a time. */
  static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private long[] hashes = new long[1 << 12]; // 0: an empty slot
  private int[] offsets = new int[1 << 12];
  private int[] lengths = new int[1 << 12];
  private byte[] texts = new byte[1 << 16];
  private int used;
  private int size;

  /**
   * Adds the text {@code page[start, end)}: the text, decoded, when it was not in the set; null
   * when it was.
   */
  String addIfNew(byte[] page, int start, int end) {
    int length = end - start;
    long hash = hash(page, start, end);
    int mask = hashes.length - 1;
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      long held = hashes[slot];
      if (held == 0) {
        hashes[slot] = hash;
        offsets[slot] = keep(page, start, length);
        lengths[slot] = length;
        if (++size * 2 > hashes.length) {
          grow();
        }
        return new String(page, start, length, StandardCharsets.UTF_8);
      }
      if (held == hash
          && lengths[slot] == length
          && Arrays.equals(
              texts, offsets[slot], offsets[slot] + length, page, start, start + length)) {
        return null;
      }
    }
  }

  /** The same for a text already cut out. */
  String addIfNew(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return addIfNew(bytes, 0, bytes.length) == null ? null : text;
  }

  int size() {
    return size;
  }

  /** The bytes the texts take, without the table. */
  int bytesHeld() {
    return used;
  }

  void clear() {
    Arrays.fill(hashes, 0);
    used = 0;
    size = 0;
  }

  private int keep(byte[] page, int start, int length) {
    if (used + length > texts.length) {
      texts = Arrays.copyOf(texts, Math.max(texts.length * 2, used + length));
    }
    System.arraycopy(page, start, texts, used, length);
    int offset = used;
    used += length;
    return offset;
  }

  /** A 64-bit hash of the bytes, eight at a time; never 0 (which marks an empty slot). */
  private static long hash(byte[] page, int start, int end) {
    long hash = 0x9E3779B97F4A7C15L ^ (end - start);
    int i = start;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      hash = Long.rotateLeft((hash ^ (long) EIGHT_BYTES.get(page, i)) * 0xFF51AFD7ED558CCDL, 29);
    }
    for (; i < end; i++) {
      hash = (hash ^ page[i]) * 0x100000001B3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xFF51AFD7ED558CCDL;
    hash ^= hash >>> 33;
    return hash == 0 ? 1 : hash;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldOffsets = offsets;
    int[] oldLengths = lengths;
    hashes = new long[oldHashes.length * 2];
    offsets = new int[hashes.length];
    lengths = new int[hashes.length];
    int mask = hashes.length - 1;
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        int slot = (int) oldHashes[i] & mask;
        while (hashes[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = oldHashes[i];
        offsets[slot] = oldOffsets[i];
        lengths[slot] = oldLengths[i];
      }
    }
  }
}
