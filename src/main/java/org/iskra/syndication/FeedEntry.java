package org.iskra.syndication;

/**
 * One entry of an RSS, Atom or JSON feed, read and mapped by {@link FeedFileImporter#read}, nothing
 * stored yet: what a feed file import stores, and what a partner feed's poll puts in the review
 * queue.
 *
 * @param guid the entry's GUID (RSS), id (Atom, JSON Feed), or empty
 * @param link its address, absolute where the feed allows, or empty
 * @param post what would be stored; its source id is the GUID, else the link
 * @param note what the reader of the report should know though the entry can be imported (a date
 *     that could not be read), or empty
 */
record FeedEntry(String guid, String link, ImportedPost post, String note) {}
