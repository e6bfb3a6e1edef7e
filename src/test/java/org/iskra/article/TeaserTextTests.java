package org.iskra.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeaserTextTests {

  @Test
  void collapsesWhiteSpaceAsTheRegularExpressionsDid() {
    // collapse replaced ^[\\s\\p{Z}]+|[\\s\\p{Z}]+$ → "" then \\s+ → " ": the same text for any
    // input.
    java.util.regex.Pattern edges = java.util.regex.Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    char[] alphabet = {
      'a', 'b', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '\u3000', 'é'
    };
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[random.nextInt(9)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String input = new String(text);
      String expected = edges.matcher(input).replaceAll("").replaceAll("\\s+", " ");
      assertThat(TeaserText.collapse(input))
          .as("%s", input.codePoints().boxed().toList())
          .isEqualTo(expected);
    }
    assertThat(TeaserText.collapse(null)).isEmpty();
  }

  static final String SEED_TEASER_10 =
      "In 1780, the Spanish Viceroyalty of Perú was shaken by a massive rebellion, led by Túpac Amaru II"
          + " – a man claiming to be the direct descendent of the last Sapa Inka. Ultimately, the rebellion"
          + " went down to defeat, although it left behind it a heroic tradition of struggle. In the following"
          + " article, Pascal Cueto";

  @Test
  void aStandfirstIsShownWhole() {
    String standfirst =
        "A sentence. " + "Another sentence that is rather long. ".repeat(20).strip();
    assertThat(TeaserText.of(standfirst, "<p>Body.</p>")).isEqualTo(standfirst);
  }

  @Test
  void aStandfirstCutMidSentenceGetsAnEllipsis() {
    assertThat(TeaserText.of(SEED_TEASER_10, ""))
        .isEqualTo(SEED_TEASER_10 + "…")
        .endsWith("In the following article, Pascal Cueto…");
  }

  @Test
  void aStandfirstEndingInQuotedSpeechIsFinished() {
    assertThat(TeaserText.of("He said: “No.”", "")).isEqualTo("He said: “No.”");
    assertThat(TeaserText.of("Who pays?", "")).isEqualTo("Who pays?");
  }

  @Test
  void surroundingAndNoBreakSpacesAreTrimmedButInnerOnesKept() {
    assertThat(TeaserText.of("  On 4-5\u00a0November it met.\u00a0\n", ""))
        .isEqualTo("On 4-5\u00a0November it met.");
  }

  @Test
  void withoutStandfirstTheFirstParagraphOfTheBodyIsUsed() {
    String body =
        "<h2>Heading</h2><p>  </p><p>First paragraph. It is short.</p><p>Second paragraph.</p>";
    assertThat(TeaserText.of("", body)).isEqualTo("First paragraph. It is short.");
  }

  @Test
  void aLongParagraphIsCutAtTheLastSentenceEndWithinTheLimit() {
    String first = "The first sentence is here and it carries the news of the day in some detail.";
    String second =
        " The second sentence adds context about the causes and the people involved in it.";
    String third = " The third sentence goes on and on " + "and on ".repeat(40) + "until it ends.";
    String teaser = TeaserText.of(null, "<p>" + first + second + third + "</p>");

    assertThat(teaser).isEqualTo(first + second);
    assertThat(teaser.length()).isLessThanOrEqualTo(TeaserText.LIMIT);
  }

  @Test
  void aParagraphWithoutASentenceEndInReachIsCutAtAWordWithAnEllipsis() {
    String words = "solidarity ".repeat(60).strip() + ".";
    String teaser = TeaserText.of("", "<p>" + words + "</p>");

    assertThat(teaser).endsWith("solidarity…");
    assertThat(teaser.length()).isLessThanOrEqualTo(TeaserText.LIMIT + 1);
    assertThat(teaser.replace("…", "").split(" ")).allMatch("solidarity"::equals);
  }

  @Test
  void neverCutsMidWordEvenAfterPunctuation() {
    String text = "Short. " + "x".repeat(10) + ", " + "internationalism, ".repeat(30);
    String teaser = TeaserText.cut(text, 100);
    assertThat(teaser).endsWith("…");
    String last = teaser.substring(0, teaser.length() - 1);
    assertThat(last).endsWith("internationalism");
  }

  @Test
  void aShortParagraphWithoutFullStopGetsAnEllipsis() {
    assertThat(TeaserText.of("", "<p>An unfinished thought, and then</p>"))
        .isEqualTo("An unfinished thought, and then…");
  }

  @Test
  void anEmptyArticleHasAnEmptyTeaser() {
    assertThat(TeaserText.of("", "")).isEmpty();
    assertThat(TeaserText.of(null, null)).isEmpty();
  }

  @Test
  void headlinesAreTheFirstSentenceWithoutItsFullStop() {
    assertThat(TeaserText.headline("Milei wins the run-off. More follows.", 120))
        .isEqualTo("Milei wins the run-off");
    assertThat(TeaserText.headline("word ".repeat(50), 30))
        .isEqualTo("word word word word word word…");
  }
}
