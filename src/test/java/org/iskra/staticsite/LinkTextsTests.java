package org.iskra.staticsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTextsTests {

  @Test
  void findsATextWhereItStandsWhetherOrNotItWasCutOut() {
    LinkTexts texts = new LinkTexts();
    String page = "<a href=\"/americas\"></a><a href=\"/americas\"></a><a href=\"/américas\">";

    assertThat(texts.addIfNew(page, 9, 18)).isEqualTo("/americas");
    assertThat(texts.addIfNew(page, 33, 42)).as("the same text elsewhere").isNull();
    assertThat(texts.addIfNew("/americas", 0, 9)).isNull();
    assertThat(texts.addIfNew(page, 57, 66)).isEqualTo("/américas");
    assertThat(texts.addIfNew(page, 9, 17)).as("a shorter text").isEqualTo("/america");
    assertThat(texts.size()).isEqualTo(3);
  }

  @Test
  void keepsEveryTextAcrossGrowingAndForgetsThemWhenCleared() {
    LinkTexts texts = new LinkTexts();
    Set<String> added = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String link = "/article-" + i;
      if (texts.addIfNew(link, 0, link.length()) != null) {
        added.add(link);
      }
    }
    assertThat(added).hasSize(20_000);
    for (int i = 0; i < 20_000; i += 997) {
      String page = "x/article-" + i + "\"";
      assertThat(texts.addIfNew(page, 1, page.length() - 1)).isNull();
    }

    texts.clear();

    assertThat(texts.size()).isZero();
    assertThat(texts.addIfNew("/article-5", 0, 10)).isEqualTo("/article-5");
  }
}
