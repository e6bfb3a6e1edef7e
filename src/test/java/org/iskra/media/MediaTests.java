package org.iskra.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTests {

  static Media media(String contentType, List<Integer> widths, String alt) {
    return new Media(
        1,
        "Kq3vN0xYzA1b2C3d4E5f6g",
        "harbour.jpg",
        contentType,
        widths.getLast(),
        widths.getLast() / 2,
        1234,
        widths,
        alt,
        "",
        "",
        "editor@example.org",
        Instant.EPOCH);
  }

  @Test
  void addressesForTemplates() {
    Media media = media("image/jpeg", List.of(480, 960, 1600, 2000), "The harbour at dawn");

    assertThat(media.srcset())
        .isEqualTo(
            "/media/Kq3vN0xYzA1b2C3d4E5f6g/480.jpg 480w, /media/Kq3vN0xYzA1b2C3d4E5f6g/960.jpg 960w,"
                + " /media/Kq3vN0xYzA1b2C3d4E5f6g/1600.jpg 1600w,"
                + " /media/Kq3vN0xYzA1b2C3d4E5f6g/2000.jpg 2000w");
    assertThat(media.src(960)).isEqualTo("/media/Kq3vN0xYzA1b2C3d4E5f6g/960.jpg");
    assertThat(media.src(700)).isEqualTo("/media/Kq3vN0xYzA1b2C3d4E5f6g/960.jpg");
    assertThat(media.src(5000)).isEqualTo("/media/Kq3vN0xYzA1b2C3d4E5f6g/2000.jpg");
    assertThat(media.largestSrc()).isEqualTo("/media/Kq3vN0xYzA1b2C3d4E5f6g/2000.jpg");
    assertThat(media.hasAltText()).isTrue();
  }

  @Test
  void pngAndMissingAltText() {
    Media media = media("image/png", List.of(300), "  ");
    assertThat(media.src(960)).isEqualTo("/media/Kq3vN0xYzA1b2C3d4E5f6g/300.png");
    assertThat(media.hasAltText()).isFalse();
  }
}
