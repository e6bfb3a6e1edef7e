/**
 * Fundraising appeals: targets, donations recorded in the desk or by the payment provider's signed
 * webhook (each payment id once; refunds subtract), and progress shown on {@code /appeals/{slug}}
 * and as a block beside linked articles (an {@link org.iskra.article.ArticleAsides}). Publishes
 * {@link org.iskra.campaign.DonationEvents} (no donor in them) and {@link AppealChanged} (edits,
 * donations, refunds, links); reads articles through their public API.
 */
package org.iskra.campaign;
