package org.iskra.newsletter;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code iskra.newsletter}; the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender of every newsletter mail
 * @param ratePerMinute at most this many mails a minute leave the queue
 * @param pollInterval how often the sender looks for due mail
 * @param maxAttempts attempts before a mail is given up as failed
 * @param retryAfter the first retry's delay; each further retry waits twice as long
 * @param digestTime when digests go out, in the publication's time zone
 * @param weeklyDigestDay the day weekly digests go out
 * @param linkSecret the key that signs confirmation, preferences and unsubscribe links; when empty,
 *     one is generated at first start and kept in the database
 * @param mailWebhookSecret the secret shared with the mail provider for {@code
 *     /webhooks/mail-events}; while empty, the webhook accepts nothing
 * @param signUpsPerAddress sign-ups accepted per address and hour
 * @param signUpsPerClient sign-ups accepted per client (IP address) and hour
 * @param resendAfter a confirmation mail to the same address is not sent again sooner
 * @param sending whether this server sends the queue (off on servers that should only serve)
 * @param languages the languages readers may choose; empty for the publication's own
 */
@ConfigurationProperties("iskra.newsletter")
record NewsletterSettings(
    @DefaultValue("newsletter@localhost") String from,
    @DefaultValue("60") int ratePerMinute,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("1m") Duration retryAfter,
    @DefaultValue("07:00") LocalTime digestTime,
    @DefaultValue("MONDAY") DayOfWeek weeklyDigestDay,
    @DefaultValue("") String linkSecret,
    @DefaultValue("") String mailWebhookSecret,
    @DefaultValue("5") int signUpsPerAddress,
    @DefaultValue("20") int signUpsPerClient,
    @DefaultValue("1h") Duration resendAfter,
    @DefaultValue("true") boolean sending,
    @DefaultValue("") java.util.List<String> languages) {}
