package org.iskra.cache;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.iskra.article.Article;
import org.iskra.author.Author;
import org.iskra.author.Authors;
import org.iskra.geo.Countries;
import org.iskra.geo.Country;
import org.iskra.publication.PublicationProfile;
import org.iskra.section.Section;
import org.iskra.section.Sections;
import org.iskra.tag.Tag;
import org.iskra.tag.Tags;
import org.springframework.stereotype.Component;

/**
 * Works out an article's {@link Placement} from the store's taxonomy and the publication's zone.
 */
@Component
class Placements {

  private final Sections sections;
  private final Authors authors;
  private final Tags tags;
  private final Countries countries;
  private final PublicationProfile profile;

  Placements(
      Sections sections,
      Authors authors,
      Tags tags,
      Countries countries,
      PublicationProfile profile) {
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.countries = countries;
    this.profile = profile;
  }

  Placement of(Article article) {
    if (article == null || !article.isPublished() || article.publishedAt() == null) {
      return Placement.NOWHERE;
    }
    Set<String> paths = new LinkedHashSet<>();
    paths.add("/");
    sections.findById(article.sectionId()).map(Section::path).ifPresent(paths::add);
    authors.listByIds(article.authorIds()).stream().map(Author::path).forEach(paths::add);
    tags.listByIds(article.tagIds()).stream().map(Tag::path).forEach(paths::add);
    countries.listByCodes(article.countryCodes()).stream().map(Country::path).forEach(paths::add);
    ZoneId zone = profile.current().zone();
    YearMonth month = YearMonth.from(article.publishedAt().atZone(zone));
    paths.add(String.format(Locale.ROOT, "/archive/%d", month.getYear()));
    paths.add(
        String.format(Locale.ROOT, "/archive/%d/%02d", month.getYear(), month.getMonthValue()));
    return new Placement(Set.copyOf(paths), article.publishedAt());
  }
}
