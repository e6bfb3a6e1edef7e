package org.iskra.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Small search documents for tests: {@code anArticle(1).title("…").build()}. */
public final class SearchFixtures {

  private SearchFixtures() {}

  public static Builder anArticle(long id) {
    return new Builder(id);
  }

  public static Label label(String key, String name) {
    return new Label(key, name, "/" + key);
  }

  public static SearchQuery publicQuery(String text) {
    return new SearchQuery(
        text, SearchQuery.Scope.PUBLIC, Map.of(), SearchQuery.Sort.RELEVANCE, 1, 10);
  }

  public static SearchQuery deskQuery(String text) {
    return new SearchQuery(
        text, SearchQuery.Scope.DESK, Map.of(), SearchQuery.Sort.RELEVANCE, 1, 10);
  }

  public static SearchQuery filtered(String text, Map<Facet, Set<String>> filters) {
    return new SearchQuery(
        text, SearchQuery.Scope.PUBLIC, filters, SearchQuery.Sort.RELEVANCE, 1, 10);
  }

  /** A published English article in the americas section unless told otherwise. */
  public static final class Builder {
    private final long id;
    private int version = 1;
    private String language = "en";
    private String title = "Untitled";
    private String standfirst = "";
    private String body = "";
    private String status = "published";
    private boolean trashed;
    private Label section = label("americas", "Americas");
    private final List<Label> countries = new ArrayList<>();
    private final List<Label> tags = new ArrayList<>();
    private final List<Label> authors =
        new ArrayList<>(List.of(label("editorial-board", "Editorial Board")));
    private Instant publishedAt = Instant.parse("2023-11-01T10:00:00Z");
    private Instant updatedAt;

    Builder(long id) {
      this.id = id;
    }

    public Builder version(int value) {
      version = value;
      return this;
    }

    public Builder language(String value) {
      language = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder standfirst(String value) {
      standfirst = value;
      return this;
    }

    public Builder body(String value) {
      body = value;
      return this;
    }

    public Builder status(String value) {
      status = value;
      if (!value.equals("published") && !value.equals("unpublished")) {
        publishedAt = null;
      }
      return this;
    }

    public Builder trashed() {
      trashed = true;
      return this;
    }

    public Builder section(String key, String name) {
      section = label(key, name);
      return this;
    }

    public Builder country(String code, String name) {
      countries.add(new Label(code, name, "/country/" + code.toLowerCase(Locale.ROOT)));
      return this;
    }

    public Builder tag(String key, String name) {
      tags.add(new Label(key, name, "/tag/" + key));
      return this;
    }

    public Builder author(String key, String name) {
      if (authors.size() == 1 && authors.get(0).key().equals("editorial-board")) {
        authors.clear();
      }
      authors.add(new Label(key, name, "/author/" + key));
      return this;
    }

    public Builder published(String instant) {
      publishedAt = Instant.parse(instant);
      return this;
    }

    public Builder updated(String instant) {
      updatedAt = Instant.parse(instant);
      return this;
    }

    public SearchDocument build() {
      Instant updated =
          updatedAt != null
              ? updatedAt
              : publishedAt != null ? publishedAt : Instant.parse("2023-01-01T00:00:00Z");
      int year = publishedAt == null ? 0 : publishedAt.atZone(java.time.ZoneOffset.UTC).getYear();
      return new SearchDocument(
          id,
          version,
          language,
          title,
          standfirst,
          body,
          "/" + section.key() + "/article-" + id,
          status,
          trashed,
          section,
          countries,
          tags,
          authors,
          year,
          publishedAt,
          updated);
    }
  }
}
