/**
 * The Content API (read-only public data by content API key, {@code /api/content/v1}: articles,
 * taxonomy, events and appeals) and the Admin API (articles, media and taxonomy by a desk account's
 * scoped token, {@code /api/admin/v1}), their keys and tokens with the desk screens that issue and
 * revoke them, per-key rate limits and CORS, and errors as RFC 9457 problem details. Writes go
 * through {@code article.EditorialWorkflow}, so the desk's role rules apply; publishes nothing and
 * listens to nothing.
 */
package org.iskra.api;
