package org.iskra.api;

import java.time.Instant;

/** Rows of the desk's API screens, public only because compiled templates live elsewhere. */
public final class ApiDeskRows {

  private ApiDeskRows() {}

  /** A content API key as its desk table shows it. */
  public record Key(
      long id,
      String name,
      String prefix,
      int rateLimit,
      String origins,
      String createdBy,
      Instant createdAt,
      boolean revoked) {

    static Key of(ContentKey key) {
      return new Key(
          key.id(),
          key.name(),
          key.prefix(),
          key.rateLimit(),
          String.join(" ", key.allowedOrigins()),
          key.createdBy(),
          key.createdAt(),
          key.revokedAt() != null);
    }
  }

  /** An Admin API token as its owner's desk table shows it. */
  public record Token(
      long id, String name, String prefix, String scopes, Instant createdAt, boolean revoked) {

    static Token of(ApiToken token) {
      return new Token(
          token.id(),
          token.name(),
          token.prefix(),
          String.join(" ", token.scopes().stream().map(Scope::code).sorted().toList()),
          token.createdAt(),
          token.revokedAt() != null);
    }
  }
}
