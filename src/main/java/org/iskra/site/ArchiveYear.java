package org.iskra.site;

import java.util.List;

/** One year in the archive index: its months that have articles, newest first. */
public record ArchiveYear(int year, List<ArchiveMonth> months) {

  public long count() {
    return months.stream().mapToLong(ArchiveMonth::count).sum();
  }

  public String path() {
    return "/archive/" + year;
  }
}
