/**
 * Moving out and backing up: the whole publication as one archive (every exported table as JSON
 * lines, the media files, a manifest) and its restore into an empty instance; and a WordPress
 * export (WXR 1.2) of the articles, so that nobody is locked in. Reads every feature's tables
 * directly, on purpose (see ARCHITECTURE.md, "Export and restore"); publishes and listens to
 * nothing.
 */
package org.iskra.archive;
