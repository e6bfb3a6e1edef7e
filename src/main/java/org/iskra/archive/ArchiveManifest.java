package org.iskra.archive;

import java.util.List;

/**
 * What an archive says about itself ({@code manifest.json}, its last entry): the format, the schema
 * it was taken from, when, and how many rows and files it holds, so that a restore can refuse a
 * foreign or truncated archive before and after reading it.
 *
 * @param format always {@link #FORMAT}
 * @param formatVersion the layout of the archive, {@link #FORMAT_VERSION} today
 * @param schemaVersion Flyway's latest applied version of the store it was taken from
 * @param createdAt ISO-8601 instant
 * @param baseUrl the site's public address when it was taken (informative)
 * @param withAccounts whether desk accounts (with password hashes) are in it
 * @param tables every table it carries, in restore order, with its row count
 * @param mediaFiles the number of media files
 * @param mediaBytes their total size
 */
public record ArchiveManifest(
    String format,
    int formatVersion,
    String schemaVersion,
    String createdAt,
    String baseUrl,
    boolean withAccounts,
    List<TableCount> tables,
    long mediaFiles,
    long mediaBytes) {

  /** What {@link #format()} says in every Iskra archive. */
  public static final String FORMAT = "iskra-archive";

  /** The only layout this version reads and writes. */
  public static final int FORMAT_VERSION = 1;

  static final String ENTRY = "manifest.json";

  /** A table and the number of its rows in the archive. */
  public record TableCount(String name, long rows) {}

  /** All rows of all tables. */
  public long rows() {
    return tables.stream().mapToLong(TableCount::rows).sum();
  }

  /** The rows of one table, or -1 when the archive does not carry it. */
  public long rowsOf(String table) {
    return tables.stream()
        .filter(t -> t.name().equals(table))
        .mapToLong(TableCount::rows)
        .findFirst()
        .orElse(-1);
  }
}
