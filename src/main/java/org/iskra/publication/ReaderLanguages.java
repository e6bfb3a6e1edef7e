package org.iskra.publication;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Service;

/**
 * The reader interface's {@link Words} per language, from {@code i18n/messages*.properties}. A
 * language without a bundle reads English. Its own message source rather than the application's, so
 * the desk's texts and these never mix. Thread-safe.
 */
@Service
public class ReaderLanguages {

  private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();
  private final Map<String, Words> words = new ConcurrentHashMap<>();

  ReaderLanguages() {
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    // Without this, a missing Spanish word would be looked up in the server's own locale.
    source.setFallbackToSystemLocale(false);
  }

  /** The words of a language (BCP 47); English when the language has no bundle. */
  public Words of(String language) {
    return words.computeIfAbsent(
        language.toLowerCase(Locale.ROOT), tag -> new Words(source, Locale.forLanguageTag(tag)));
  }
}
