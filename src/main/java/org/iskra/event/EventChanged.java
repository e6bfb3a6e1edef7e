package org.iskra.event;

import java.util.Set;

/**
 * An event was created or edited: pages showing its box are out of date. Published inside the
 * writing transaction.
 *
 * @param articleIds the articles linked to it before and after the change
 */
public record EventChanged(long eventId, Set<Long> articleIds) {}
