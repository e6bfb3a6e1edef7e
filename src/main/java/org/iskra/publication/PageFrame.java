package org.iskra.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.iskra.section.Section;

/**
 * Everything around a public page's own content: the publication, the navigation, the page's title,
 * description and canonical address, the feeds it points to, its edition and language, and the
 * reader's words and way of seeing dates.
 *
 * @param activeSection slug of the section the page belongs to, or empty
 * @param site where the site is reached, for absolute addresses
 * @param feeds the feeds named in the page's head, its own (if any) before the whole site's
 * @param edition the language edition the page belongs to; its links stay in it
 * @param language the page's language ({@code <html lang>}): the edition's, or an article's own
 * @param words the interface's words, in the page's language
 * @param alternates the page in every language it exists in, with {@code x-default}; empty when it
 *     exists in one only
 * @param switcher the language switcher's entries; empty for a publication of one edition
 */
public record PageFrame(
    Publication publication,
    List<Section> navigation,
    String title,
    String description,
    String canonicalPath,
    String activeSection,
    SiteSettings site,
    List<FeedLink> feeds,
    Edition edition,
    String language,
    Words words,
    List<Alternate> alternates,
    List<EditionLink> switcher) {

  public PageFrame {
    feeds = List.copyOf(feeds);
    alternates = List.copyOf(alternates);
    switcher = List.copyOf(switcher);
  }

  /** The {@code <title>}: the page's title, then the publication's name. */
  public String documentTitle() {
    return title.isEmpty() ? publication.name() : title + " | " + publication.name();
  }

  /** A word of the interface in the page's language ({@code frame.t("nav.search")}). */
  public String t(String key) {
    return words.t(key);
  }

  /** A word of the interface with its arguments in place. */
  public String t(String key, Object... arguments) {
    return words.t(key, arguments);
  }

  /** Whether the page's language runs from right to left ({@code <html dir="rtl">}). */
  public boolean isRightToLeft() {
    return Edition.isRightToLeft(language);
  }

  /** {@code rtl} or {@code ltr}, for {@code <html dir>}. */
  public String direction() {
    return isRightToLeft() ? "rtl" : "ltr";
  }

  /** A site path in this page's edition: {@code /archive} → {@code /es/archive}. */
  public String link(String rootPath) {
    return edition.path(rootPath);
  }

  /** A date as readers of the page's language read it, in the publication's timezone. */
  public String date(Instant instant) {
    return words.date(instant, publication.zone());
  }

  /** A number as readers of the page's language write it. */
  public String number(long value) {
    return words.number(value);
  }

  /** A country's name in the page's language, from its ISO code. */
  public String country(String code, String fallback) {
    return words.country(code, fallback);
  }

  /** A date for {@code <time datetime>}, with the publication's offset. */
  public String machineDate(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(publication.zone()));
  }

  /** The page's canonical address, absolute; empty when the page has none. */
  public String canonicalUrl() {
    return canonicalPath.isEmpty() ? "" : site.absolute(canonicalPath);
  }

  /** The absolute address of a path of this site. */
  public String absolute(String path) {
    return site.absolute(path);
  }

  /**
   * This frame with the feeds of the listing at {@code basePath} (a root path) before the site's.
   */
  public PageFrame withFeedsOf(String name, String basePath) {
    List<FeedLink> all = new ArrayList<>(FeedLink.of(words, name, edition.path(basePath)));
    all.addAll(feeds);
    return new PageFrame(
        publication,
        navigation,
        title,
        description,
        canonicalPath,
        activeSection,
        site,
        all,
        edition,
        language,
        words,
        alternates,
        switcher);
  }

  /**
   * This frame for a page in its own language (an article), with the page's translations: {@code
   * alternates} holds each language's path, x-default included; the switcher leads to them, and to
   * an edition's front page where the page has no translation.
   */
  public PageFrame inLanguage(String pageLanguage, Words pageWords, List<Alternate> translations) {
    List<EditionLink> links = new ArrayList<>();
    for (EditionLink link : switcher) {
      String target =
          translations.stream()
              .filter(t -> t.language().equalsIgnoreCase(link.edition().language()))
              .map(Alternate::path)
              .findFirst()
              .orElse(link.current() ? canonicalPath : link.edition().path("/"));
      links.add(new EditionLink(link.edition(), target, link.current()));
    }
    return new PageFrame(
        publication,
        navigation,
        title,
        description,
        canonicalPath,
        activeSection,
        site,
        feeds,
        edition,
        pageLanguage,
        pageWords,
        translations,
        links);
  }

  public boolean isActive(Section section) {
    return section.slug().equals(activeSection);
  }
}
