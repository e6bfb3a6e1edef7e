package org.iskra.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * A reader confirmed their address (double opt-in) and now receives newsletters. Announced inside
 * the confirming transaction, once: following the link again announces nothing.
 *
 * <p>It carries the address. The one use of this event outside Iskra is keeping a mailing tool or
 * CRM in step with the list, and that tool can do nothing with an id alone (no API hands out
 * subscribers); the reader gave the address to be written to, and only editors register the
 * endpoints that receive it, signed and never to private addresses unless an administrator allows
 * them. Nothing else the reader did not choose (no client address, no sign-up time) goes with it.
 *
 * @param frequency {@code daily} or {@code weekly}
 * @param sections section slugs the digest covers; empty for all
 * @param languages language codes the reader wants; empty for all
 */
public record SubscriberConfirmed(
    long subscriberId,
    String email,
    String frequency,
    List<String> sections,
    List<String> languages,
    Instant confirmedAt) {}
