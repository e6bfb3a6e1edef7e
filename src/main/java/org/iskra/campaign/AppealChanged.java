package org.iskra.campaign;

import java.util.Set;

/**
 * An appeal's figures or texts changed (an edit, a donation, a refund), or which articles carry it:
 * pages showing its progress are out of date. Published inside the writing transaction.
 *
 * @param articleIds articles that started or stopped carrying the appeal; empty for other changes
 */
public record AppealChanged(long appealId, Set<Long> articleIds) {}
