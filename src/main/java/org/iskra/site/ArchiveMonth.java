package org.iskra.site;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** One month in the archive index, with how many articles appeared in it. */
public record ArchiveMonth(YearMonth month, long count) {

  public String name() {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }

  public String path() {
    return String.format(Locale.ROOT, "/archive/%d/%02d", month.getYear(), month.getMonthValue());
  }

  static String label(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
  }

  static boolean isMonth(int value) {
    return value >= Month.JANUARY.getValue() && value <= Month.DECEMBER.getValue();
  }
}
