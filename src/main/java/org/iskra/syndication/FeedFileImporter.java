package org.iskra.syndication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iskra.article.ArticleStatus;
import org.springframework.stereotype.Service;

/**
 * Imports an RSS or Atom feed saved to a file, once: every entry becomes a published article with
 * its title, date, author, categories (as tags) and content (or description); its link redirects to
 * the article. Entries are told apart by GUID and by link, within the file and across runs, so
 * importing the feed again adds only what is new. A broken date leaves the article dated now.
 */
@Service
public class FeedFileImporter {

  static final String KIND = "feed";

  private final ItemImporter importer;
  private final SourceFiles files;

  FeedFileImporter(ItemImporter importer, SourceFiles files) {
    this.importer = importer;
    this.files = files;
  }

  /**
   * Imports the feed.
   *
   * @param sectionSlug the section of every entry; created, named after the slug, if missing
   * @throws UnreadableText when the file is missing, too large, not well-formed XML, declares a
   *     DOCTYPE or is not a feed; nothing is imported then
   */
  public ImportReport importFile(Path file, String sectionSlug) {
    String name = file.getFileName().toString();
    List<FeedEntry> entries = FeedReader.read(files.read(file), name);
    List<ImportReport.Item> results = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int number = 0;
    for (FeedEntry entry : entries) {
      number++;
      String position = "entry " + number;
      String label = "entry \"" + entry.title() + "\"";
      String link = entry.link();
      String guid = entry.guid();
      Integer earlier = guid.isEmpty() ? null : seen.get("guid " + guid);
      if (earlier == null && !link.isEmpty()) {
        earlier = seen.get("link " + link);
      }
      if (earlier != null) {
        results.add(
            new ImportReport.Item(
                position,
                label,
                ImportReport.Outcome.SKIPPED,
                "the same entry as entry " + earlier + " (GUID or link)",
                0));
        continue;
      }
      if (!guid.isEmpty()) {
        seen.put("guid " + guid, number);
      }
      if (!link.isEmpty()) {
        seen.put("link " + link, number);
      }
      try {
        if (guid.isEmpty() && link.isEmpty()) {
          throw new IllegalArgumentException("the entry has neither a GUID nor a link");
        }
        results.add(importer.importItem(post(entry, position, label, sectionSlug)));
      } catch (IllegalArgumentException e) {
        results.add(
            new ImportReport.Item(position, label, ImportReport.Outcome.FAILED, e.getMessage(), 0));
      }
    }
    return new ImportReport(name, results);
  }

  private static ImportedPost post(
      FeedEntry entry, String position, String label, String sectionSlug) {
    return new ImportedPost(
        KIND,
        entry.identity(),
        entry.link(),
        position,
        label,
        entry.title(),
        entry.standfirst(),
        entry.body(),
        ArticleStatus.PUBLISHED,
        entry.publishedAt(),
        sectionSlug,
        WxrImporter.nameFromSlug(sectionSlug),
        entry.authorNames(),
        entry.categoryNames(),
        LegacyPaths.ofUrl(entry.link()).filter(path -> !path.equals("/")).stream().toList(),
        List.of());
  }
}
