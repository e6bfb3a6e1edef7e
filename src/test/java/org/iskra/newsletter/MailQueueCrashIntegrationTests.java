package org.iskra.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the mail queue does with the row a killed sender had in hand, on each store: a row claimed
 * but never handed over to the SMTP server is queued again and sent once, while one handed over
 * becomes 'uncertain' and is never sent again on its own; a sender whose claim was given up and
 * taken by another cannot hand the mail over any more.
 */
abstract class MailQueueCrashIntegrationTests {

  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  abstract TestDatabases.Kind kind();

  JdbcClient jdbc;
  MailQueue queue;
  long row;

  @BeforeEach
  void oneQueuedMail() {
    jdbc = TestDatabases.create(kind()).jdbc();
    queue = new JdbcMailQueue(jdbc);
    long subscriber =
        jdbc.sql(
                """
                INSERT INTO subscribers (email, status, frequency, created_at, updated_at)
                VALUES ('reader@example.org', 'active', 'weekly', ?, ?) RETURNING id
                """)
            .params(T0.toEpochMilli(), T0.toEpochMilli())
            .query(Long.class)
            .single();
    long message = queue.insertMessage(MailQueue.Kind.ARTICLE, null, "test", T0).id();
    assertThat(queue.enqueue(message, List.of(subscriber), T0)).isEqualTo(1);
    row = queue.listDue(T0, 10).getFirst();
  }

  @Test
  void aMailClaimedButNeverHandedOverIsQueuedAgainAndSentOnce() {
    assertThat(queue.claim(row, T0)).isTrue();
    int firstClaim = queue.find(row).orElseThrow().attempts();
    // The sender is killed here, while rendering. Thirty seconds later another sender looks.
    Instant later = T0.plus(Duration.ofSeconds(31));
    assertThat(queue.markAbandoned(later.minus(NewsletterSender.ABANDONED_AFTER))).isZero();
    assertThat(queue.requeueUnsent(later.minus(NewsletterSender.UNSENT_AFTER), later)).isEqualTo(1);
    assertThat(queue.find(row).orElseThrow().status()).isEqualTo("queued");
    assertThat(queue.listDue(later, 10)).containsExactly(row);

    assertThat(queue.claim(row, later)).isTrue();
    int secondClaim = queue.find(row).orElseThrow().attempts();
    assertThat(queue.handOver(row, firstClaim, later))
        .as("the first sender, had it only been slow, may not send any more")
        .isFalse();
    assertThat(queue.handOver(row, secondClaim, later)).isTrue();
    queue.markSent(row, later);
    assertThat(queue.find(row).orElseThrow().status()).isEqualTo("sent");
    assertThat(queue.listDue(later.plus(Duration.ofHours(1)), 10)).isEmpty();
  }

  @Test
  void aMailHandedOverIsUncertainAndNeverSentAgainOnItsOwn() {
    assertThat(queue.claim(row, T0)).isTrue();
    assertThat(queue.handOver(row, queue.find(row).orElseThrow().attempts(), T0)).isTrue();
    // Killed during the SMTP conversation: the SMTP server may have accepted the mail.
    Instant later = T0.plus(NewsletterSender.ABANDONED_AFTER).plusSeconds(1);
    assertThat(queue.requeueUnsent(later.minus(NewsletterSender.UNSENT_AFTER), later)).isZero();
    assertThat(queue.markAbandoned(later.minus(NewsletterSender.ABANDONED_AFTER))).isEqualTo(1);
    assertThat(queue.find(row).orElseThrow().status()).isEqualTo("uncertain");
    assertThat(queue.listDue(later.plus(Duration.ofDays(1)), 10)).isEmpty();
  }

  @Test
  void aLiveClaimIsLeftAlone() {
    assertThat(queue.claim(row, T0)).isTrue();
    Instant soon = T0.plusSeconds(5);
    assertThat(queue.requeueUnsent(soon.minus(NewsletterSender.UNSENT_AFTER), soon)).isZero();
    assertThat(queue.find(row).orElseThrow().status()).isEqualTo("preparing");
    assertThat(queue.claim(row, soon)).as("no second sender takes it").isFalse();
  }
}
