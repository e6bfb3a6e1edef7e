package org.iskra.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.iskra.media.RefusedImage.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DarkroomTests {

  static MediaSettings settings() {
    return new MediaSettings(
        Path.of("unused"), DataSize.ofMegabytes(20), 50_000_000, List.of(480, 960, 1600), 2400);
  }

  final Darkroom darkroom = new Darkroom(settings());

  @Test
  void aJpegLosesItsExifAndGpsAndIsTurnedUpright() throws IOException {
    byte[] upload = TestImages.withExif(TestImages.jpeg(640, 480));
    assertThat(TestImages.contains(upload, "Exif")).as("the fixture carries EXIF").isTrue();
    assertThat(TestImages.contains(upload, "SpyCam")).isTrue();
    assertThat(Orientation.ofJpeg(upload)).isEqualTo(6);

    DevelopedImage developed = darkroom.develop(upload);

    assertThat(developed.contentType()).isEqualTo("image/jpeg");
    assertThat(developed.variants()).extracting(DevelopedImage.Variant::width).containsExactly(480);
    DevelopedImage.Variant full = developed.largest();
    assertThat(full.width()).isEqualTo(480);
    assertThat(full.height()).isEqualTo(640);
    for (DevelopedImage.Variant variant : developed.variants()) {
      assertThat(TestImages.contains(variant.bytes(), "Exif")).isFalse();
      assertThat(TestImages.contains(variant.bytes(), "SpyCam")).isFalse();
      BufferedImage read = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
      assertThat(read.getWidth()).isEqualTo(variant.width());
      assertThat(read.getHeight()).isEqualTo(variant.height());
    }
  }

  @Test
  void anHtmlFileNamedJpgIsRefused() {
    byte[] html =
        "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> darkroom.develop(html))
        .isInstanceOfSatisfying(
            RefusedImage.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE))
        .hasMessageContaining("not a JPEG, PNG, WebP or GIF");
  }

  @Test
  void svgIsRefused() {
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> darkroom.develop(svg))
        .isInstanceOfSatisfying(
            RefusedImage.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
  }

  @Test
  void aPngClaimingTenGigapixelsIsRefusedFromItsHeader() {
    byte[] bomb = TestImages.pngClaiming(100_000, 100_000);
    assertThatThrownBy(() -> darkroom.develop(bomb))
        .isInstanceOfSatisfying(
            RefusedImage.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PIXELS))
        .hasMessageContaining("100000 × 100000");
  }

  @Test
  void tooManyBytesAreRefusedBeforeReading() {
    Darkroom small =
        new Darkroom(
            new MediaSettings(
                Path.of("unused"), DataSize.ofBytes(100), 50_000_000, List.of(480), 2400));
    assertThatThrownBy(() -> small.develop(TestImages.png(50, 50)))
        .isInstanceOfSatisfying(
            RefusedImage.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void aDamagedImageIsRefusedAsUnreadable() {
    byte[] png = TestImages.png(40, 40);
    byte[] damaged = java.util.Arrays.copyOf(png, 40);
    assertThatThrownBy(() -> darkroom.develop(damaged))
        .isInstanceOfSatisfying(
            RefusedImage.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void variantsAreNeverWiderThanTheImage() {
    DevelopedImage developed = darkroom.develop(TestImages.png(1000, 500));
    assertThat(developed.variants())
        .extracting(DevelopedImage.Variant::width)
        .containsExactly(480, 960, 1000);
    assertThat(developed.variants())
        .extracting(DevelopedImage.Variant::height)
        .containsExactly(240, 480, 500);
    assertThat(developed.contentType()).as("an opaque PNG").isEqualTo("image/jpeg");

    DevelopedImage small = darkroom.develop(TestImages.jpeg(300, 200));
    assertThat(small.variants()).extracting(DevelopedImage.Variant::width).containsExactly(300);
  }

  @Test
  void theFullSizeIsCapped() {
    Darkroom capped =
        new Darkroom(
            new MediaSettings(
                Path.of("unused"), DataSize.ofMegabytes(20), 50_000_000, List.of(100, 200), 250));
    DevelopedImage developed = capped.develop(TestImages.jpeg(1000, 400));
    assertThat(developed.variants())
        .extracting(DevelopedImage.Variant::width)
        .containsExactly(100, 200, 250);
    assertThat(developed.largest().height()).isEqualTo(100);
  }

  @Test
  void transparencyKeepsPngAndGifKeepsItsFirstFrameAsPng() throws IOException {
    DevelopedImage transparent = darkroom.develop(TestImages.transparentPng(600, 300));
    assertThat(transparent.contentType()).isEqualTo("image/png");
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(transparent.largest().bytes()));
    assertThat(read.getColorModel().hasAlpha()).isTrue();
    assertThat(read.getRGB(10, 10) >>> 24).as("alpha of the transparent half").isZero();
    assertThat(read.getRGB(590, 10) >>> 24).isEqualTo(255);

    DevelopedImage gif = darkroom.develop(TestImages.gif(120, 80));
    assertThat(gif.contentType()).isEqualTo("image/png");
    assertThat(gif.extension()).isEqualTo("png");
  }

  @Test
  void webpBecomesJpeg() {
    // A 1×1 lossy WebP (the feature probe browsers have long used).
    byte[] webp =
        Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    DevelopedImage developed = darkroom.develop(webp);
    assertThat(developed.contentType()).isEqualTo("image/jpeg");
    assertThat(developed.largest().width()).isEqualTo(1);
  }

  @Test
  void everyOrientationGivesTheSameUprightPicture() {
    // A 2×1 image, red on the left; each orientation stores it so that turning shows it so.
    BufferedImage stored = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    stored.setRGB(0, 0, 0xff0000);
    stored.setRGB(1, 0, 0x0000ff);
    BufferedImage rotated = Orientation.upright(stored, 6, false);
    assertThat(rotated.getWidth()).isEqualTo(1);
    assertThat(rotated.getHeight()).isEqualTo(2);
    assertThat(rotated.getRGB(0, 0) & 0xffffff)
        .as("90° clockwise puts the left on top")
        .isEqualTo(0xff0000);
    BufferedImage flipped = Orientation.upright(stored, 2, false);
    assertThat(flipped.getRGB(0, 0) & 0xffffff).isEqualTo(0x0000ff);
    BufferedImage left = Orientation.upright(stored, 8, false);
    assertThat(left.getRGB(0, 1) & 0xffffff)
        .as("90° counter-clockwise puts the left below")
        .isEqualTo(0xff0000);
  }
}
