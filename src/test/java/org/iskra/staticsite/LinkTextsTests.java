package org.iskra.staticsite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTextsTests {

  @Test
  void findsATextWhereItStandsWhetherOrNotItWasCutOut() {
    LinkTexts texts = new LinkTexts();
    byte[] page =
        "<a href=\"/americas\"></a><a href=\"/americas\"></a><a href=\"/américas\">"
            .getBytes(UTF_8);

    assertThat(texts.addIfNew(page, 9, 18)).isEqualTo("/americas");
    assertThat(texts.addIfNew(page, 33, 42)).as("the same text elsewhere").isNull();
    assertThat(texts.addIfNew("/americas")).isNull();
    assertThat(texts.addIfNew(page, 57, 67)).as("decoded").isEqualTo("/américas");
    assertThat(texts.addIfNew(page, 9, 17)).as("a shorter text").isEqualTo("/america");
    assertThat(texts.size()).isEqualTo(3);
    assertThat(texts.bytesHeld()).isEqualTo(9 + 10 + 8);
  }

  @Test
  void keepsEveryTextAcrossGrowingAndForgetsThemWhenCleared() {
    LinkTexts texts = new LinkTexts();
    Set<String> added = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String link = "/article-" + i;
      if (texts.addIfNew(link) != null) {
        added.add(link);
      }
    }
    assertThat(added).hasSize(20_000);
    for (int i = 0; i < 20_000; i += 997) {
      byte[] page = ("x/article-" + i + "\"").getBytes(UTF_8);
      assertThat(texts.addIfNew(page, 1, page.length - 1)).isNull();
    }

    texts.clear();

    assertThat(texts.size()).isZero();
    assertThat(texts.bytesHeld()).isZero();
    assertThat(texts.addIfNew("/article-5")).isEqualTo("/article-5");
  }
}
