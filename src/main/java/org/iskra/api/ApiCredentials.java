package org.iskra.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.springframework.stereotype.Service;

/**
 * Issues, finds and revokes Content API keys and Admin API tokens. A new key or token is returned
 * once, in {@link Issued}; only its SHA-256 hash is stored, which is enough for 256 random bits.
 * Thread-safe.
 */
@Service
class ApiCredentials {

  static final String KEY_PREFIX = "ick_";
  static final String TOKEN_PREFIX = "iat_";

  private final SecureRandom random = new SecureRandom();
  private final ApiKeys store;
  private final AccountRegistry accounts;
  private final ApiSettings settings;
  private final Clock clock;

  ApiCredentials(ApiKeys store, AccountRegistry accounts, ApiSettings settings, Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new credential and the secret to show once. */
  record Issued<T>(T credential, String secret) {}

  /** What an authenticated token acts as. */
  record TokenHolder(ApiToken token, Account account) {}

  Issued<ContentKey> issueKey(String name, Integer rateLimit, String origins, String createdBy) {
    String clean = requireName(name);
    int limit = rateLimit == null ? settings.defaultRateLimit() : rateLimit;
    if (limit < 1 || limit > 1_000_000) {
      throw new IllegalArgumentException("rate limit: between 1 and 1000000 requests per window");
    }
    List<String> allowed = origins(origins);
    String secret = KEY_PREFIX + randomPart();
    ContentKey key =
        store.insertKey(
            clean,
            hash(secret),
            secret.substring(0, 10),
            limit,
            allowed,
            createdBy,
            clock.instant());
    return new Issued<>(key, secret);
  }

  Issued<ApiToken> issueToken(String name, Account account, Set<Scope> scopes) {
    String clean = requireName(name);
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes: choose at least one");
    }
    String secret = TOKEN_PREFIX + randomPart();
    ApiToken token =
        store.insertToken(
            clean,
            hash(secret),
            secret.substring(0, 10),
            account.id(),
            account.email(),
            scopes,
            clock.instant());
    return new Issued<>(token, secret);
  }

  /** The key with this secret, if it exists and is not revoked. */
  Optional<ContentKey> authenticateKey(String secret) {
    if (secret == null || !secret.startsWith(KEY_PREFIX)) {
      return Optional.empty();
    }
    return store.findKeyByHash(hash(secret)).filter(key -> key.revokedAt() == null);
  }

  /**
   * The token with this secret and its account, if neither is revoked or disabled. The account is
   * read afresh, so a new role or a disabled account applies at the next request.
   */
  Optional<TokenHolder> authenticateToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return store
        .findTokenByHash(hash(secret))
        .filter(token -> token.revokedAt() == null)
        .flatMap(
            token ->
                accounts
                    .find(token.accountEmail())
                    .filter(account -> account.id() == token.accountId() && !account.disabled())
                    .map(account -> new TokenHolder(token, account)));
  }

  List<ContentKey> listKeys() {
    return store.listKeys();
  }

  List<ApiToken> listTokens(Account account) {
    return store.listTokens(account.id());
  }

  /** Revokes the key; idempotent. */
  void revokeKey(long id) {
    store.revokeKey(id, clock.instant());
  }

  /** Revokes one of the account's own tokens; idempotent. */
  void revokeToken(Account account, long id) {
    store.revokeToken(account.id(), id, clock.instant());
  }

  private String randomPart() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String requireName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      throw new IllegalArgumentException("name: between 1 and 100 characters");
    }
    return clean;
  }

  /** Origins as {@code scheme://host[:port]}, separated by spaces, commas or new lines. */
  static List<String> origins(String typed) {
    Set<String> origins = new LinkedHashSet<>();
    for (String origin : Arrays.asList((typed == null ? "" : typed).split("[\\s,]+"))) {
      if (origin.isBlank()) {
        continue;
      }
      if (!origin.equals("*") && !origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
        throw new IllegalArgumentException(
            "allowed origins: '" + origin + "' is not an origin like https://example.org or *");
      }
      origins.add(origin);
    }
    return List.copyOf(origins);
  }
}
