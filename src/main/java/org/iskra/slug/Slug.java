package org.iskra.slug;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Builds URL slugs: lower-case ASCII words joined by hyphens, transliterated from any script with
 * ICU ("Túpac Amaru II" gives {@code tupac-amaru-ii}, "Москва" gives {@code moskva}). Thread-safe.
 */
public final class Slug {

  /** Longest slug produced; longer titles are cut at a word boundary. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern APOSTROPHES = Pattern.compile("(\\p{L})['’ʼ](\\p{L})");
  private static final Pattern DIGIT_GROUPS = Pattern.compile("(\\d)[,.](\\d)");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  // ICU transliterators are not thread-safe; one per thread is cheap and avoids contention.
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private Slug() {}

  /**
   * The slug for a text, or an empty string when the text has no letter or digit at all (callers
   * choose their own fallback).
   */
  public static String from(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String joined = APOSTROPHES.matcher(text.strip()).replaceAll("$1$2");
    joined = DIGIT_GROUPS.matcher(joined).replaceAll("$1$2");
    String ascii = TO_ASCII.get().transliterate(joined);
    String slug = NON_ALPHANUMERIC.matcher(ascii).replaceAll("-");
    slug = trimHyphens(slug);
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
    }
    return slug;
  }

  /** Whether the text is already a well-formed slug (what URLs and editors may use as given). */
  public static boolean isValid(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_LENGTH
        && VALID.matcher(candidate).matches();
  }

  private static String trimHyphens(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
