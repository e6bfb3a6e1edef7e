package org.iskra.campaign;

import gg.jte.Content;
import java.util.List;
import org.iskra.publication.PageTags;
import org.iskra.site.FrontPageBlocks;
import org.springframework.stereotype.Component;

/**
 * The progress of the appeal named by {@code iskra.campaign.front-page-appeal} on the front page,
 * with figures read at each request, so that a donation shows at once.
 */
@Component
class FrontPageAppeal implements FrontPageBlocks {

  private final Fundraising fundraising;
  private final AppealAsides asides;
  private final CampaignSettings settings;

  FrontPageAppeal(Fundraising fundraising, AppealAsides asides, CampaignSettings settings) {
    this.fundraising = fundraising;
    this.asides = asides;
    this.settings = settings;
  }

  @Override
  public List<Content> blocks() {
    if (settings.frontPageAppeal().isBlank()) {
      return List.of();
    }
    return fundraising
        .findBySlug(settings.frontPageAppeal().strip())
        .map(
            appeal -> {
              PageTags.add(PageTags.appeal(appeal.id()));
              return List.of(asides.block(fundraising.progress(appeal)));
            })
        .orElse(List.of());
  }
}
