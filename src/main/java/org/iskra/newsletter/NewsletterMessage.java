package org.iskra.newsletter;

import java.time.Instant;

/** A message in the queue's history, as the desk lists it. */
public record NewsletterMessage(long id, String kind, String detail, Instant createdAt) {}
