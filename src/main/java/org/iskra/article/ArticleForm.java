package org.iskra.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The editor's form as submitted, every field kept as typed so that a refused save shows the editor
 * their own text again, not what was stored.
 *
 * @param authors bylines, comma-separated names
 * @param tags comma-separated names
 * @param publishAt a {@code datetime-local} value in the publication's timezone, or empty
 * @param version the version the editor started from; 0 for a new article
 * @param canonicalUrl the original's address when the article is republished, or empty
 * @param attribution who published the original, or empty
 */
public record ArticleForm(
    String title,
    String slug,
    String standfirst,
    String body,
    String sectionId,
    String authors,
    String tags,
    List<String> countries,
    String language,
    String featuredImage,
    String publishAt,
    int version,
    String canonicalUrl,
    String attribution) {

  private static final DateTimeFormatter LOCAL_MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** Reads the form; a missing field is empty, a mangled version 0. */
  static ArticleForm from(MultiValueMap<String, String> fields) {
    return new ArticleForm(
        text(fields, "title"),
        text(fields, "slug"),
        text(fields, "standfirst"),
        text(fields, "body"),
        text(fields, "section"),
        text(fields, "authors"),
        text(fields, "tags"),
        fields.getOrDefault("countries", List.of()).stream()
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .toList(),
        text(fields, "language"),
        text(fields, "featuredImage"),
        text(fields, "publishAt"),
        version(text(fields, "version")),
        text(fields, "canonicalUrl"),
        text(fields, "attribution"));
  }

  /** The form showing a stored article. */
  static ArticleForm of(
      Article article, List<String> authorNames, List<String> tagNames, ZoneId zone) {
    return new ArticleForm(
        article.title(),
        article.slug(),
        article.standfirst(),
        article.body(),
        Long.toString(article.sectionId()),
        String.join(", ", authorNames),
        String.join(", ", tagNames),
        article.countryCodes(),
        article.language(),
        article.featuredImage() == null ? "" : article.featuredImage(),
        article.publishedAt() == null
            ? ""
            : LOCAL_MINUTES.format(article.publishedAt().atZone(zone)),
        article.version(),
        article.canonicalUrl() == null ? "" : article.canonicalUrl(),
        article.attribution() == null ? "" : article.attribution());
  }

  /** The same text, at another version: for saving one's own text over a conflicting save. */
  ArticleForm atVersion(int newVersion) {
    return new ArticleForm(
        title,
        slug,
        standfirst,
        body,
        sectionId,
        authors,
        tags,
        countries,
        language,
        featuredImage,
        publishAt,
        newVersion,
        canonicalUrl,
        attribution);
  }

  /**
   * @throws InvalidArticle when the section is not a number
   */
  ArticleEdit edit() {
    long section;
    try {
      section = Long.parseLong(sectionId);
    } catch (NumberFormatException e) {
      throw new InvalidArticle("section: choose a section");
    }
    return new ArticleEdit(
        language,
        title,
        slug,
        standfirst,
        body,
        section,
        names(authors),
        names(tags),
        countries,
        featuredImage,
        canonicalUrl,
        attribution);
  }

  /**
   * The publication time asked for, or null.
   *
   * @throws InvalidArticle when it is not a date and time
   */
  Instant publishAt(ZoneId zone) {
    if (publishAt.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(publishAt).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidArticle(
          "publish time: '" + publishAt + "' is not a date and time such as 2026-12-01T09:30");
    }
  }

  public boolean hasCountry(String code) {
    return countries.contains(code);
  }

  public boolean isSection(long id) {
    return sectionId.equals(Long.toString(id));
  }

  private static List<String> names(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  private static String text(MultiValueMap<String, String> fields, String name) {
    String value = fields.getFirst(name);
    return value == null ? "" : value.strip();
  }

  private static int version(String value) {
    try {
      return Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
