package org.iskra.api;

import java.time.Instant;
import java.util.List;

/**
 * A Content API key as stored (the key itself is never stored, only its hash).
 *
 * @param prefix the first characters of the key, to recognise it in the desk
 * @param rateLimit requests per rate window
 * @param allowedOrigins browser origins allowed to read answers ({@code *} for any); empty for none
 * @param revokedAt when it stopped working, or null
 */
record ContentKey(
    long id,
    String name,
    String prefix,
    int rateLimit,
    List<String> allowedOrigins,
    String createdBy,
    Instant createdAt,
    Instant revokedAt) {

  boolean allowsOrigin(String origin) {
    return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
  }
}
