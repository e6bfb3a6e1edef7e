package org.iskra.publication;

import org.iskra.section.Sections;
import org.springframework.stereotype.Service;

/** Builds the {@link PageFrame} of a public page. Thread-safe. */
@Service
public class PageFrames {

  private final PublicationProfile profile;
  private final Sections sections;
  private final SiteSettings site;

  PageFrames(PublicationProfile profile, Sections sections, SiteSettings site) {
    this.profile = profile;
    this.sections = sections;
    this.site = site;
  }

  /**
   * @param title the page's own title; empty for the front page
   * @param description the meta description, plain text
   * @param canonicalPath the page's canonical path, with its page number when past the first
   * @param activeSection the slug of the section the page belongs to, or empty
   * @return a frame that names the whole site's feeds; see {@link PageFrame#withFeedsOf}
   */
  public PageFrame frame(
      String title, String description, String canonicalPath, String activeSection) {
    Publication publication = profile.current();
    return new PageFrame(
        publication,
        sections.listAll(),
        title,
        description,
        canonicalPath,
        activeSection,
        site,
        FeedLink.of(publication.name(), "/"));
  }
}
