package org.iskra.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.iskra.outbound.RefusedAddress;
import org.iskra.publication.SiteSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Downloading partner feeds: addresses, redirects and back-off, against a server on 127.0.0.1. */
class FeedFetcherTests {

  final PartnerServer partner = new PartnerServer();

  static SubscriptionSettings settings(boolean allowPrivate) {
    return settings(allowPrivate, Duration.ofSeconds(5));
  }

  static SubscriptionSettings settings(boolean allowPrivate, Duration timeout) {
    return new SubscriptionSettings(
        allowPrivate,
        Duration.ofMinutes(15),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        Duration.ofHours(6),
        Duration.ofSeconds(2),
        timeout,
        DataSize.ofKilobytes(64),
        5,
        200);
  }

  static FeedFetcher fetcher(boolean allowPrivate) {
    return new FeedFetcher(settings(allowPrivate), new SiteSettings("https://news.example.org"));
  }

  @AfterEach
  void stop() {
    partner.close();
  }

  @Test
  void loopbackAndPrivateAddressesAreRefusedByDefaultWithTheSettingNamed() {
    partner.serve("/partner.xml", PartnerServer.rss("P", List.of()));
    FeedFetcher fetcher = fetcher(false);
    assertThatThrownBy(() -> fetcher.fetch(partner.url("/partner.xml"), null, null))
        .isInstanceOf(FeedFetcher.FetchFailed.class)
        .hasMessage(
            "url: 127.0.0.1 resolves to 127.0.0.1, a loopback, link-local or private address; an"
                + " administrator can allow those with iskra.syndication.allow-private-addresses");
    assertThatThrownBy(() -> fetcher.check("http://169.254.169.254/latest/meta-data/"))
        .isInstanceOf(RefusedAddress.class);
    assertThatThrownBy(() -> fetcher.check("file:///etc/passwd"))
        .isInstanceOf(RefusedAddress.class)
        .hasMessage("url: only http and https URLs, not 'file'");
    assertThat(partner.requests("/partner.xml")).as("nothing was sent").isZero();
  }

  @Test
  void redirectsAreFollowedByHandAndBounded() {
    partner.serve("/partner.xml", PartnerServer.rss("Moved Weekly", List.of()));
    FeedFetcher.Fetched fetched = fetcher(true).fetch(partner.url("/moved.xml"), null, null);
    assertThat(fetched).isInstanceOf(FeedFetcher.Document.class);
    assertThat(new String(((FeedFetcher.Document) fetched).body(), StandardCharsets.UTF_8))
        .contains("<title>Moved Weekly</title>");
    assertThatThrownBy(() -> fetcher(true).fetch(partner.url("/loop.xml"), null, null))
        .isInstanceOf(FeedFetcher.FetchFailed.class)
        .hasMessage("more than 5 redirects");
    assertThat(partner.requests("/loop.xml")).isEqualTo(6);
  }

  @Test
  void aConditionalRequestThatTheServerAnswers304BringsNothing() {
    partner.serve("/partner.xml", PartnerServer.rss("P", List.of()));
    FeedFetcher fetcher = fetcher(true);
    FeedFetcher.Document first =
        (FeedFetcher.Document) fetcher.fetch(partner.url("/partner.xml"), null, null);
    assertThat(first.etag()).isNotBlank();
    assertThat(fetcher.fetch(partner.url("/partner.xml"), first.etag(), null))
        .isEqualTo(new FeedFetcher.NotModified(first.etag(), null));
    assertThat(partner.notModified()).isEqualTo(1);
  }

  @Test
  void lastModifiedIsSentBackAndA304BringsNothing() {
    FeedFetcher fetcher = fetcher(true);
    FeedFetcher.Document first =
        (FeedFetcher.Document) fetcher.fetch(partner.url("/dated.xml"), null, null);
    assertThat(first.lastModified()).isEqualTo("Mon, 01 Jun 2026 08:00:00 GMT");
    assertThat(fetcher.fetch(partner.url("/dated.xml"), null, first.lastModified()))
        .isInstanceOf(FeedFetcher.NotModified.class);
    assertThat(partner.notModified()).isEqualTo(1);
  }

  @Test
  void aDownloadThatNeverEndsIsCutAtTheDeadline() {
    FeedFetcher fetcher =
        new FeedFetcher(
            settings(true, Duration.ofSeconds(1)), new SiteSettings("https://news.example.org"));
    long started = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(partner.url("/slow.xml"), null, null))
        .isInstanceOf(FeedFetcher.FetchFailed.class)
        .hasMessage("no complete answer within 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void failuresWaitTwiceAsLongEachTimeUpToTheCap() {
    SubscriptionSettings settings = settings(true);
    assertThat(settings.backOff(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.backOff(4)).isEqualTo(Duration.ofMinutes(40));
    assertThat(settings.backOff(7)).isEqualTo(Duration.ofHours(5).plusMinutes(20));
    assertThat(settings.backOff(8)).isEqualTo(Duration.ofHours(6));
    assertThat(settings.backOff(500)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void linksAreKeptAsAbsoluteWebAddressesWithoutFragments() {
    assertThat(FeedPolling.normalisedLink(" https://p.example/a?b=1#top "))
        .isEqualTo("https://p.example/a?b=1");
    assertThat(FeedPolling.normalisedLink("javascript:alert(1)")).isNull();
    assertThat(FeedPolling.normalisedLink("/relative/path")).isNull();
    assertThat(FeedPolling.normalisedLink("")).isNull();
  }
}
