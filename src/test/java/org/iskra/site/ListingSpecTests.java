package org.iskra.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iskra.article.Listing;
import org.iskra.publication.Edition;
import org.junit.jupiter.api.Test;

class ListingSpecTests {

  @Test
  void looksUpTheListingsPathInEachEditionOnce() {
    List<String> asked = new ArrayList<>();
    ListingSpec topic =
        new ListingSpec(
            Listing.everything(),
            new ListingPage.Heading("Topic", "Strikes", "", false),
            "Strikes",
            "",
            edition -> {
              asked.add(edition.language());
              return edition.language().equals("es") ? "/tema/huelgas" : "/topic/strikes";
            },
            "",
            false);
    Edition english = new Edition("en", "");
    Edition spanish = new Edition("es", "/es");

    for (int page = 0; page < 3; page++) {
      assertThat(topic.basePathIn().apply(english)).isEqualTo("/topic/strikes");
      assertThat(topic.basePathIn().apply(spanish)).isEqualTo("/tema/huelgas");
    }

    assertThat(asked).containsExactly("en", "es");
  }
}
