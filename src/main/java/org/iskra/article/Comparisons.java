package org.iskra.article;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.springframework.stereotype.Component;

/**
 * Field-by-field differences between two versions of an article: two revisions for the history
 * view, or the stored article and an editor's refused save for the conflict view.
 */
@Component
class Comparisons {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ArticleViews views;
  private final Sections sections;
  private final Countries countries;

  Comparisons(ArticleViews views, Sections sections, Countries countries) {
    this.views = views;
    this.sections = sections;
    this.countries = countries;
  }

  List<FieldDiff> between(ArticleRevision older, ArticleRevision newer, ZoneId zone) {
    return diff(snapshot(older, zone), snapshot(newer, zone));
  }

  /** Theirs (stored) against mine (the refused form). */
  List<FieldDiff> conflict(Article theirs, ArticleForm mine, ZoneId zone) {
    Snapshot stored =
        snapshot(
            theirs.manuscript(),
            views.authorNames(theirs),
            views.tagNames(theirs),
            theirs.publishedAt(),
            zone);
    Snapshot submitted =
        new Snapshot(
            mine.title(),
            mine.slug(),
            mine.standfirst(),
            TextDiff.bodyText(BodySanitiser.sanitise(mine.body())),
            sectionName(parse(mine.sectionId())),
            mine.authors(),
            mine.tags(),
            countryNames(mine.countries()),
            mine.language(),
            mine.featuredImage(),
            mine.publishAt().replace('T', ' '));
    return diff(stored, submitted);
  }

  private Snapshot snapshot(ArticleRevision revision, ZoneId zone) {
    Manuscript m = revision.manuscript();
    Article shell =
        new Article(
            revision.articleId(),
            "",
            m.language(),
            revision.slug(),
            m.title(),
            m.standfirst(),
            m.body(),
            revision.status(),
            m.sectionId(),
            "",
            m.featuredImage(),
            revision.publishedAt(),
            revision.savedAt(),
            revision.savedAt(),
            revision.version(),
            m.authorIds(),
            m.tagIds(),
            m.countryCodes(),
            null,
            null,
            m.canonicalUrl(),
            m.attribution());
    return snapshot(
        m, views.authorNames(shell), views.tagNames(shell), revision.publishedAt(), zone);
  }

  private Snapshot snapshot(
      Manuscript m, List<String> authors, List<String> tags, Instant publishedAt, ZoneId zone) {
    return new Snapshot(
        m.title(),
        m.slug(),
        m.standfirst(),
        TextDiff.bodyText(m.body()),
        sectionName(m.sectionId()),
        String.join(", ", authors),
        String.join(", ", tags),
        countryNames(m.countryCodes()),
        m.language(),
        m.featuredImage() == null ? "" : m.featuredImage(),
        publishedAt == null ? "" : WHEN.format(publishedAt.atZone(zone)));
  }

  private record Snapshot(
      String title,
      String slug,
      String standfirst,
      String body,
      String section,
      String authors,
      String tags,
      String countries,
      String language,
      String featuredImage,
      String publishedAt) {}

  private static List<FieldDiff> diff(Snapshot a, Snapshot b) {
    List<FieldDiff> fields = new ArrayList<>();
    add(fields, "Title", a.title(), b.title());
    add(fields, "Standfirst", a.standfirst(), b.standfirst());
    add(fields, "Body", a.body(), b.body());
    add(fields, "Slug", a.slug(), b.slug());
    add(fields, "Section", a.section(), b.section());
    add(fields, "Authors", a.authors(), b.authors());
    add(fields, "Tags", a.tags(), b.tags());
    add(fields, "Countries", a.countries(), b.countries());
    add(fields, "Language", a.language(), b.language());
    add(fields, "Featured image", a.featuredImage(), b.featuredImage());
    add(fields, "Publication time", a.publishedAt(), b.publishedAt());
    return fields;
  }

  private static void add(List<FieldDiff> fields, String name, String older, String newer) {
    List<TextDiff.Segment> segments = TextDiff.of(older, newer);
    fields.add(new FieldDiff(name, segments, TextDiff.changed(segments)));
  }

  private String sectionName(long id) {
    return sections.findById(id).map(Section::name).orElse("");
  }

  private String countryNames(List<String> codes) {
    return String.join(", ", countries.listByCodes(codes).stream().map(Country::name).toList());
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
