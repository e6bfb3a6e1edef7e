package org.iskra.site;

import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;

/**
 * One month in the archive index, with how many articles appeared in it.
 *
 * @param name the month's name in the reader's language
 */
public record ArchiveMonth(YearMonth month, long count, String name) {

  /** The month's page at the root; pages put it in their edition. */
  public String path() {
    return path(month);
  }

  static String path(YearMonth month) {
    return String.format(Locale.ROOT, "/archive/%d/%02d", month.getYear(), month.getMonthValue());
  }

  static boolean isMonth(int value) {
    return value >= Month.JANUARY.getValue() && value <= Month.DECEMBER.getValue();
  }
}
