package org.iskra.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The publication's language editions: the default language at the root, every other edition under
 * its prefix ({@code /es}). An article belongs to the edition of its language, or to the default
 * edition when its language has none (an Arabic article in a publication without an Arabic
 * edition). The edition of the request being answered is put there by {@code EditionPrefixFilter}.
 * Thread-safe.
 */
@Service
public class Editions {

  /** An edition's language: a language subtag, optionally with a region or a script. */
  private static final Pattern EDITION_TAG = Pattern.compile("[a-z]{2}(-[a-z]{2}|-[a-z]{4})?");

  static final String REQUEST_ATTRIBUTE = Edition.class.getName();

  private final PublicationProfile profile;
  private final List<String> configured;
  private final AtomicReference<Resolved> resolved = new AtomicReference<>();

  Editions(PublicationProfile profile, EditionSettings settings) {
    this.profile = profile;
    this.configured = checked(settings.editions());
  }

  /**
   * Edition languages as the prefixes will read them, in order, without repeats.
   *
   * @throws IllegalArgumentException naming the first that cannot be an edition's language
   */
  public static List<String> checked(List<String> languages) {
    List<String> tags = new ArrayList<>();
    for (String language : languages) {
      String tag = language.strip().toLowerCase(Locale.ROOT);
      if (tag.isEmpty()) {
        continue;
      }
      if (!EDITION_TAG.matcher(tag).matches()) {
        throw new IllegalArgumentException(
            "iskra.publication.editions: '"
                + language
                + "' is not an edition language; use a language code such as es or pt-br");
      }
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }

  /** Every edition, the default first, then in the order of the setting. */
  public List<Edition> all() {
    return resolve().all();
  }

  /** The edition at the root, in the publication's language. */
  public Edition defaultEdition() {
    return resolve().all().getFirst();
  }

  /** Whether there is more than the default edition. */
  public boolean isMultilingual() {
    return resolve().all().size() > 1;
  }

  /** The edition whose pages hold articles in this language: its own, or the default one. */
  public Edition forLanguage(String language) {
    List<Edition> all = resolve().all();
    for (Edition edition : all) {
      if (edition.language().equalsIgnoreCase(language)) {
        return edition;
      }
    }
    return all.getFirst();
  }

  /** The edition a path lives in, by its first segment ({@code /es/americas} → es). */
  public Edition ofPath(String path) {
    return byPrefixOf(path).orElseGet(this::defaultEdition);
  }

  /** The edition other than the default whose prefix starts this path, if any. */
  Optional<Edition> byPrefixOf(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (Edition edition : resolve().all()) {
      if (!edition.isDefault()
          && (path.equals(edition.prefix()) || path.startsWith(edition.prefix() + "/"))) {
        return Optional.of(edition);
      }
    }
    return Optional.empty();
  }

  /** The languages of every edition but this one: those a default edition's listing leaves out. */
  public List<String> otherLanguages(Edition edition) {
    return resolve().all().stream()
        .filter(other -> !other.equals(edition))
        .map(Edition::language)
        .toList();
  }

  /** The edition of the request being answered; the default one outside a request. */
  public Edition current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null
        && attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
            instanceof Edition edition) {
      return edition;
    }
    return defaultEdition();
  }

  /** Marks the request as one for this edition (its prefix already taken off the path). */
  void enter(HttpServletRequest request, Edition edition) {
    request.setAttribute(REQUEST_ATTRIBUTE, edition);
  }

  private Resolved resolve() {
    String language = profile.current().language();
    List<String> stored = profile.storedEditions();
    List<String> languages = stored.isEmpty() ? configured : stored;
    Resolved now = resolved.get();
    if (now == null
        || !now.defaultLanguage().equals(language)
        || !now.languages().equals(languages)) {
      List<Edition> all = new ArrayList<>();
      all.add(new Edition(language, ""));
      for (String tag : languages) {
        if (!tag.equalsIgnoreCase(language)) {
          // The language as articles store it (pt-BR), the prefix in lower case (/pt-br).
          all.add(
              new Edition(
                  new Locale.Builder().setLanguageTag(tag).build().toLanguageTag(), "/" + tag));
        }
      }
      now = new Resolved(language, languages, List.copyOf(all));
      resolved.set(now);
    }
    return now;
  }

  private record Resolved(String defaultLanguage, List<String> languages, List<Edition> all) {}
}
