package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyPathsTests {

  @Test
  void wordPressAndJoomlaAddressesMeetTheirRecordedForm() {
    assertThat(LegacyPaths.of("/", "p=123")).contains("/?p=123");
    assertThat(LegacyPaths.of("/index.php", "p=123&preview=true")).contains("/?p=123");
    assertThat(LegacyPaths.ofUrl("https://old.example.org/?p=123")).contains("/?p=123");
    assertThat(
            LegacyPaths.of("/index.php", "option=com_content&view=article&id=77:a-title&Itemid=3"))
        .contains("/index.php?option=com_content&view=article&id=77");
    assertThat(LegacyPaths.of("/index.php", "option=com_content&view=category&id=7"))
        .contains("/index.php");
  }

  @Test
  void permalinksLoseTheirSlashAndAreDecoded() {
    assertThat(LegacyPaths.ofUrl("https://old.example.org/2019/03/some-post/"))
        .contains("/2019/03/some-post");
    assertThat(LegacyPaths.of("/2019/03/some-post", null)).contains("/2019/03/some-post");
    assertThat(
            LegacyPaths.ofUrl(
                "https://old.example.org/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/"))
        .contains("/новости");
    assertThat(LegacyPaths.of("/новости/", null)).contains("/новости");
  }

  @Test
  void refusesWhatCannotBeAnOldAddress() {
    assertThat(LegacyPaths.ofUrl("")).isEmpty();
    assertThat(LegacyPaths.ofUrl("not a url at all ::")).isEmpty();
    assertThat(LegacyPaths.of("//evil.example", null)).isEmpty();
    assertThat(LegacyPaths.of("/", "p=abc")).isEqualTo(Optional.empty());
    assertThat(LegacyPaths.of("/" + "a".repeat(LegacyPaths.MAX_LENGTH), null)).isEmpty();
    assertThat(LegacyPaths.isLegacyQuery("/", "p=1")).isTrue();
    assertThat(LegacyPaths.isLegacyQuery("/", "page=2")).isFalse();
    assertThat(LegacyPaths.isLegacyQuery("/americas", "p=1")).isFalse();
  }
}
