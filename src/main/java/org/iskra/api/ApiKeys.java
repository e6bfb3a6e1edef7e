package org.iskra.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store of Content API keys and Admin API tokens, by hash. Thread-safe; every write is one
 * statement.
 */
interface ApiKeys {

  ContentKey insertKey(
      String name,
      String hash,
      String prefix,
      int rateLimit,
      List<String> origins,
      String createdBy,
      Instant at);

  Optional<ContentKey> findKeyByHash(String hash);

  /** Every key, newest first, revoked ones too. */
  List<ContentKey> listKeys();

  void revokeKey(long id, Instant at);

  ApiToken insertToken(
      String name,
      String hash,
      String prefix,
      long accountId,
      String accountEmail,
      Set<Scope> scopes,
      Instant at);

  Optional<ApiToken> findTokenByHash(String hash);

  /** The account's tokens, newest first, revoked ones too. */
  List<ApiToken> listTokens(long accountId);

  void revokeToken(long accountId, long id, Instant at);
}
