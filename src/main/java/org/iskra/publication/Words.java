package org.iskra.publication;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * The reader interface's words in one language ({@code i18n/messages*.properties}), with its way of
 * writing dates and numbers. A key without a translation falls back to English, then to itself, so
 * a missing word never breaks a page. Immutable and thread-safe; one per language, shared by every
 * request ({@link ReaderLanguages}).
 */
public final class Words {

  private final MessageSource source;
  private final Locale locale;
  private final Locale formats;
  private final DateTimeFormatter longDate;

  /**
   * Words without arguments and countries' names, once looked up: a page asks for dozens, each a
   * bundle or locale-service lookup (a twentieth of drawing an article page). Keys come from the
   * templates and codes from the ISO list, so these stay small; the bound guards against a caller
   * that would pass readers' input.
   */
  private final Map<String, String> plainWords = new ConcurrentHashMap<>();

  private final Map<String, String> countryNames = new ConcurrentHashMap<>();

  private static final int KNOWN_AT_MOST = 4_096;

  /**
   * Days once written: every teaser shows its date, and writing them was more than a hundredth of
   * drawing the static copy. Fifty years of days at most.
   */
  private final Map<LocalDate, String> longDates = new ConcurrentHashMap<>();

  private static final int DAYS_AT_MOST = 50 * 366;

  Words(MessageSource source, Locale locale) {
    this.source = source;
    this.locale = locale;
    // A bundle may name the locale whose conventions it writes dates in: English says en-GB.
    String formatTag = source.getMessage("locale.formats", null, "", locale);
    this.formats = formatTag.isEmpty() ? locale : Locale.forLanguageTag(formatTag);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formats);
  }

  /** The language these words are in. */
  public Locale locale() {
    return locale;
  }

  /** The text of a key ("nav.search" → "Buscar"). */
  public String t(String key) {
    return remembered(plainWords, key, k -> source.getMessage(k, null, k, locale));
  }

  /** The text of a key with its arguments in place; numbers written the language's way. */
  public String t(String key, Object... arguments) {
    return source.getMessage(key, arguments, key, locale);
  }

  /** The text of a key, or {@code fallback} when no bundle has it (a region's name, say). */
  public String tOr(String key, String fallback) {
    return source.getMessage(key, null, fallback, locale);
  }

  /** A date in the language's long form ("6 December 2023", "6 de diciembre de 2023"). */
  public String date(Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    return remembered(
        longDates, DAYS_AT_MOST, LocalDate.ofInstant(instant, zone), longDate::format);
  }

  /** A month and year ("November 2023", "noviembre de 2023"). */
  public String month(YearMonth month) {
    return t(
        "archive.month",
        month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, formats),
        String.valueOf(month.getYear()));
  }

  /** A month's name alone ("November", "noviembre"). */
  public String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, formats);
  }

  /** A count written the language's way ("1,234", "1.234"). */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(formats).format(value);
  }

  /** A country's name in this language, from its ISO code ("BR" → "Brasil"). */
  public String country(String code, String fallback) {
    String name = remembered(countryNames, code, c -> Locale.of("", c).getDisplayCountry(formats));
    return name.isEmpty() || name.equalsIgnoreCase(code) ? fallback : name;
  }

  private static String remembered(
      Map<String, String> known, String key, UnaryOperator<String> lookup) {
    return remembered(known, KNOWN_AT_MOST, key, lookup);
  }

  private static <K> String remembered(
      Map<K, String> known, int atMost, K key, Function<K, String> lookup) {
    String value = known.get(key);
    if (value == null) {
      value = lookup.apply(key);
      if (known.size() < atMost) {
        known.put(key, value);
      }
    }
    return value;
  }
}
