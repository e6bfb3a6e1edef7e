package org.iskra.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs the links in newsletter mail, so that a reader can confirm, change preferences and
 * unsubscribe without an account: {@code id.purpose.hmac}, the HMAC-SHA256 of id, purpose and
 * address under the link secret. The address is signed too, so a link stops working if the row is
 * ever given to another address. The secret comes from {@code iskra.newsletter.link-secret} or,
 * when that is empty, is generated once and kept in the database (never a built-in default).
 * Thread-safe.
 */
@Component
class LinkSigner {

  /** What a link may do. */
  enum Purpose {
    CONFIRM("c"),
    MANAGE("m");

    final String code;

    Purpose(String code) {
      this.code = code;
    }
  }

  private static final String SECRET_NAME = "newsletter.link-secret";

  private final NewsletterSettings settings;
  private final JdbcClient jdbc;
  private volatile byte[] key;

  LinkSigner(NewsletterSettings settings, JdbcClient jdbc) {
    this.settings = settings;
    this.jdbc = jdbc;
  }

  String token(Subscriber subscriber, Purpose purpose) {
    return subscriber.id() + "." + purpose.code + "." + mac(subscriber, purpose);
  }

  /** The subscriber id a well-formed token names, before its signature is checked. */
  static OptionalLong subscriberId(String token) {
    if (token == null) {
      return OptionalLong.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(parts[0]));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Whether the token was signed for this subscriber and purpose; constant-time. */
  boolean isValid(String token, Subscriber subscriber, Purpose purpose) {
    if (token == null) {
      return false;
    }
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.US_ASCII),
        token(subscriber, purpose).getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(Subscriber subscriber, Purpose purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(
              (subscriber.id() + "\n" + purpose.code + "\n" + subscriber.email())
                  .getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] key() {
    byte[] current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key = loadKey().getBytes(StandardCharsets.UTF_8);
        }
        current = key;
      }
    }
    return current;
  }

  private String loadKey() {
    if (!settings.linkSecret().isBlank()) {
      return settings.linkSecret();
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    // Of two servers starting at once, the first insert wins and both read it back.
    jdbc.sql(
            "INSERT INTO channel_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
        .params(SECRET_NAME, Base64.getEncoder().encodeToString(random))
        .update();
    return jdbc.sql("SELECT value FROM channel_secrets WHERE name = ?")
        .param(SECRET_NAME)
        .query(String.class)
        .single();
  }
}
