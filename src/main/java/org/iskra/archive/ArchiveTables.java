package org.iskra.archive;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of what a publication archive holds: every table a migration creates is either
 * exported (in an order that satisfies the foreign keys, so a restore inserts parents first) or
 * excluded with its reason. {@code ArchiveTablesIntegrationTests} fails when a migration adds a
 * table that is in neither list, so a new feature's data can never be left out silently.
 */
final class ArchiveTables {

  /** Which archives carry a table. */
  enum Group {
    /** Always: the publication itself. */
    PUBLICATION,
    /** Only with {@code --with-accounts}: desk accounts with their password hashes. */
    ACCOUNTS
  }

  /**
   * An exported table.
   *
   * @param orderBy the columns rows are written in, so that two exports of one store are equal
   * @param accountColumns columns that name a desk account; written as null when the archive
   *     carries no accounts
   */
  record Table(String name, Group group, String orderBy, Set<String> accountColumns) {

    Table(String name, Group group, String orderBy) {
      this(name, group, orderBy, Set.of());
    }
  }

  /** Parents before children: the order of export and of restore. */
  static final List<Table> EXPORTED =
      List.of(
          new Table("publication_settings", Group.PUBLICATION, "name"),
          new Table("channel_secrets", Group.PUBLICATION, "name"),
          new Table("accounts", Group.ACCOUNTS, "id"),
          new Table("sections", Group.PUBLICATION, "id"),
          new Table("section_names", Group.PUBLICATION, "section_id, language"),
          new Table("authors", Group.PUBLICATION, "id"),
          new Table("tags", Group.PUBLICATION, "id"),
          new Table("tag_names", Group.PUBLICATION, "tag_id, language"),
          new Table("media", Group.PUBLICATION, "id"),
          new Table("articles", Group.PUBLICATION, "id", Set.of("created_by")),
          new Table("article_slugs", Group.PUBLICATION, "language, slug"),
          new Table("article_authors", Group.PUBLICATION, "article_id, author_id"),
          new Table("article_tags", Group.PUBLICATION, "article_id, tag_id"),
          new Table("article_countries", Group.PUBLICATION, "article_id, country_code"),
          new Table("article_revisions", Group.PUBLICATION, "id"),
          new Table("article_translations", Group.PUBLICATION, "article_id"),
          new Table("imported_items", Group.PUBLICATION, "source_kind, source_id"),
          new Table("legacy_urls", Group.PUBLICATION, "path"),
          new Table("imported_attachments", Group.PUBLICATION, "article_id, url"),
          new Table("feed_subscriptions", Group.PUBLICATION, "id"),
          new Table("subscription_items", Group.PUBLICATION, "id"),
          new Table("appeals", Group.PUBLICATION, "id"),
          new Table("appeal_articles", Group.PUBLICATION, "article_id"),
          new Table("donations", Group.PUBLICATION, "id"),
          new Table("events", Group.PUBLICATION, "id"),
          new Table("event_articles", Group.PUBLICATION, "event_id, article_id"),
          new Table("subscribers", Group.PUBLICATION, "id"),
          new Table("newsletter_messages", Group.PUBLICATION, "id"),
          new Table("api_keys", Group.PUBLICATION, "id"),
          new Table("webhook_endpoints", Group.PUBLICATION, "id"),
          new Table("api_tokens", Group.ACCOUNTS, "id"),
          new Table("audit_entries", Group.ACCOUNTS, "id"));

  /** Tables never archived, and why. */
  static final Map<String, String> EXCLUDED =
      Map.of(
          "flyway_schema_history",
          "the migrations' own record; the target's migrations write it",
          "account_locks",
          "a row the migrations seed, updated only to serialise account changes",
          "mail_queue",
          "mail in flight: a restored copy must never send again what the old host sent",
          "webhook_deliveries",
          "events already announced to partners: a restore must not deliver them again",
          "related_articles",
          "derived from the search index; the restored server's catch-up computes them again");

  private ArchiveTables() {}

  /** The exported tables an archive with or without accounts carries, in restore order. */
  static List<Table> carried(boolean withAccounts) {
    return EXPORTED.stream()
        .filter(table -> withAccounts || table.group() == Group.PUBLICATION)
        .toList();
  }
}
