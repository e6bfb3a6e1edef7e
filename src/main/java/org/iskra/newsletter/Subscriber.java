package org.iskra.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * A newsletter reader, known only by an e-mail address.
 *
 * @param sections section slugs the digest covers; empty for all
 * @param languages language codes the reader wants; empty for all
 */
public record Subscriber(
    long id,
    String email,
    Status status,
    Frequency frequency,
    List<String> sections,
    List<String> languages,
    Instant confirmSentAt,
    Instant createdAt) {

  /** Where a subscriber stands; only {@link #ACTIVE} ones receive newsletters. */
  public enum Status {
    PENDING,
    ACTIVE,
    UNSUBSCRIBED,
    BOUNCED,
    COMPLAINED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status of(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** Bounced and complained addresses never receive mail again, not even a confirmation. */
    boolean isBlocked() {
      return this == BOUNCED || this == COMPLAINED;
    }
  }

  /** How often the digest comes. */
  public enum Frequency {
    DAILY,
    WEEKLY;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Frequency of(String code) {
      return "daily".equalsIgnoreCase(code) ? DAILY : WEEKLY;
    }
  }

  public boolean wantsSection(String slug) {
    return sections.isEmpty() || sections.contains(slug);
  }

  public boolean wantsLanguage(String language) {
    return languages.isEmpty() || languages.contains(language);
  }
}
