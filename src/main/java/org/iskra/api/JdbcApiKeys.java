package org.iskra.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiKeys implements ApiKeys {

  private static final String KEY_COLUMNS =
      "id, name, key_prefix, rate_limit, allowed_origins, created_by, created_at, revoked_at";
  private static final String TOKEN_COLUMNS =
      "id, name, token_prefix, account_id, account_email, scopes, created_at, last_used_at,"
          + " revoked_at";

  private final JdbcClient jdbc;

  JdbcApiKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public ContentKey insertKey(
      String name,
      String hash,
      String prefix,
      int rateLimit,
      List<String> origins,
      String createdBy,
      Instant at) {
    return jdbc.sql(
            """
            INSERT INTO api_keys
              (name, key_hash, key_prefix, rate_limit, allowed_origins, created_by, created_at)
            VALUES (:name, :hash, :prefix, :limit, :origins, :by, :at)
            RETURNING """
                + " "
                + KEY_COLUMNS)
        .param("name", name)
        .param("hash", hash)
        .param("prefix", prefix)
        .param("limit", rateLimit)
        .param("origins", String.join(" ", origins))
        .param("by", createdBy)
        .param("at", at.toEpochMilli())
        .query(JdbcApiKeys::key)
        .single();
  }

  @Override
  public Optional<ContentKey> findKeyByHash(String hash) {
    return jdbc.sql("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE key_hash = :hash")
        .param("hash", hash)
        .query(JdbcApiKeys::key)
        .optional();
  }

  @Override
  public List<ContentKey> listKeys() {
    return jdbc.sql("SELECT " + KEY_COLUMNS + " FROM api_keys ORDER BY id DESC")
        .query(JdbcApiKeys::key)
        .list();
  }

  @Override
  public void revokeKey(long id, Instant at) {
    jdbc.sql("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
        .param("at", at.toEpochMilli())
        .param("id", id)
        .update();
  }

  @Override
  public ApiToken insertToken(
      String name,
      String hash,
      String prefix,
      long accountId,
      String accountEmail,
      Set<Scope> scopes,
      Instant at) {
    return jdbc.sql(
            """
            INSERT INTO api_tokens
              (name, token_hash, token_prefix, account_id, account_email, scopes, created_at)
            VALUES (:name, :hash, :prefix, :account, :email, :scopes, :at)
            RETURNING """
                + " "
                + TOKEN_COLUMNS)
        .param("name", name)
        .param("hash", hash)
        .param("prefix", prefix)
        .param("account", accountId)
        .param("email", accountEmail)
        .param("scopes", scopes.stream().map(Scope::code).collect(Collectors.joining(" ")))
        .param("at", at.toEpochMilli())
        .query(JdbcApiKeys::token)
        .single();
  }

  @Override
  public Optional<ApiToken> findTokenByHash(String hash) {
    return jdbc.sql("SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE token_hash = :hash")
        .param("hash", hash)
        .query(JdbcApiKeys::token)
        .optional();
  }

  @Override
  public List<ApiToken> listTokens(long accountId) {
    return jdbc.sql(
            "SELECT "
                + TOKEN_COLUMNS
                + " FROM api_tokens WHERE account_id = :account ORDER BY id DESC")
        .param("account", accountId)
        .query(JdbcApiKeys::token)
        .list();
  }

  @Override
  public void revokeToken(long accountId, long id, Instant at) {
    jdbc.sql(
            """
            UPDATE api_tokens SET revoked_at = :at
            WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
        .param("at", at.toEpochMilli())
        .param("id", id)
        .param("account", accountId)
        .update();
  }

  private static ContentKey key(ResultSet rs, int row) throws SQLException {
    String origins = rs.getString("allowed_origins");
    return new ContentKey(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("key_prefix"),
        rs.getInt("rate_limit"),
        origins.isBlank() ? List.of() : List.of(origins.split(" ")),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "revoked_at"));
  }

  private static ApiToken token(ResultSet rs, int row) throws SQLException {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(rs.getString("scopes").split(" "))
        .filter(code -> !code.isBlank())
        .forEach(code -> scopes.add(Scope.fromCode(code)));
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("token_prefix"),
        rs.getLong("account_id"),
        rs.getString("account_email"),
        Set.copyOf(scopes),
        instant(rs, "created_at"),
        instant(rs, "last_used_at"),
        instant(rs, "revoked_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
