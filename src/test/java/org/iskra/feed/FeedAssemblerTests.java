package org.iskra.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which bodies are parsed to make their addresses absolute: any with an address, in any case. */
class FeedAssemblerTests {

  @Test
  void aBodyWithAnAddressInAnyCaseIsParsed() {
    assertThat(FeedAssembler.mayHoldAddress("<p><a href=\"/americas\">x</a></p>")).isTrue();
    assertThat(FeedAssembler.mayHoldAddress("<p><A HREF=\"/americas\">x</A></p>")).isTrue();
    assertThat(FeedAssembler.mayHoldAddress("<img SrC=\"/media/a.jpg\">")).isTrue();
    assertThat(FeedAssembler.mayHoldAddress("<img srcset=\"/media/a.jpg 2x\">")).isTrue();
    assertThat(FeedAssembler.mayHoldAddress("<img alt=\"\" src")).as("at the very end").isTrue();
  }

  @Test
  void aBodyWithoutOneIsUsedAsItIs() {
    assertThat(FeedAssembler.mayHoldAddress("<p>The miners stopped work at dawn.</p>")).isFalse();
    assertThat(FeedAssembler.mayHoldAddress("<p>hre sr</p>")).isFalse();
    assertThat(FeedAssembler.mayHoldAddress("")).isFalse();
    assertThat(FeedAssembler.mayHoldAddress("sr")).isFalse();
    assertThat(FeedAssembler.mayHoldAddress("<p class=\"note\">hre sr</p>")).isFalse();
  }
}
