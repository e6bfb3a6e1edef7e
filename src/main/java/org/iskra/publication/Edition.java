package org.iskra.publication;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language edition of the publication: its language and the prefix its pages live under ({@code
 * /es}; empty for the default edition, at the root).
 */
public record Edition(String language, String prefix) {

  /** Right to left or not, per language asked; a language tag is short and there are few. */
  private static final Map<String, Boolean> RIGHT_TO_LEFT = new ConcurrentHashMap<>();

  /** Whether this is the edition at the root, in the publication's default language. */
  public boolean isDefault() {
    return prefix.isEmpty();
  }

  /** The address of a root path in this edition: {@code /americas} → {@code /es/americas}. */
  public String path(String rootPath) {
    if (prefix.isEmpty()) {
      return rootPath;
    }
    if (rootPath.isEmpty() || rootPath.equals("/")) {
      return prefix;
    }
    // The front page's later pages: "/?page=2" → "/es?page=2".
    return rootPath.startsWith("/?") ? prefix + rootPath.substring(1) : prefix + rootPath;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** The language's name in itself, as a language switcher shows it ("Español"). */
  public String nativeName() {
    return nativeName(language);
  }

  /** The name of a language in itself ("Português"), or the tag when Java does not know it. */
  public static String nativeName(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String name = locale.getDisplayLanguage(locale);
    if (name.isEmpty()) {
      return language;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** Whether text in this language runs from right to left (Arabic, Farsi, Hebrew, Urdu…). */
  public static boolean isRightToLeft(String language) {
    // ICU knows each language's likely script, so a language needs no entry in a list of ours.
    // Asked for every page drawn, and ICU's lookup is not cheap: kept per language.
    Boolean known = RIGHT_TO_LEFT.get(language);
    if (known != null) {
      return known;
    }
    boolean rightToLeft =
        ULocale.addLikelySubtags(ULocale.forLanguageTag(language)).isRightToLeft();
    if (RIGHT_TO_LEFT.size() < 1_000) { // whatever tags stored articles carry, a bounded map
      RIGHT_TO_LEFT.put(language, rightToLeft);
    }
    return rightToLeft;
  }
}
