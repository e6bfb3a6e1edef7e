package org.iskra.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSettingsTests {

  @Test
  void pathsBecomeAbsoluteUnderTheBaseUrlWithOrWithoutItsTrailingSlash() {
    for (String base : List.of("https://news.example.org", "https://news.example.org/")) {
      SiteSettings site = new SiteSettings(base);
      assertThat(site.absolute("/")).isEqualTo("https://news.example.org/");
      assertThat(site.absolute("")).isEqualTo("https://news.example.org/");
      assertThat(site.absolute("/americas?page=2"))
          .isEqualTo("https://news.example.org/americas?page=2");
    }
    assertThat(new SiteSettings("http://example.org:8080/news").absolute("/feed.xml"))
        .isEqualTo("http://example.org:8080/news/feed.xml");
  }

  @Test
  void anythingButAnHttpAddressIsRefusedAtStartUp() {
    for (String bad :
        List.of(
            "", "news.example.org", "ftp://example.org", "https://example.org/?a=b", "http://")) {
      assertThatThrownBy(() -> new SiteSettings(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("iskra.site.base-url");
    }
  }

  @Test
  void everyListingHasItsThreeFeedsUnderItsOwnPath() {
    assertThat(FeedLink.of("Americas", "/americas").stream().map(FeedLink::path))
        .containsExactly("/americas/feed.xml", "/americas/atom.xml", "/americas/feed.json");
    assertThat(FeedLink.of("Iskra", "/").stream().map(FeedLink::path))
        .containsExactly("/feed.xml", "/atom.xml", "/feed.json");
  }
}
