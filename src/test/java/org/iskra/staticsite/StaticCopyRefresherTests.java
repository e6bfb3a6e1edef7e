package org.iskra.staticsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** One refresh at a time, its outcome kept for the desk, and a stop that does not wait for it. */
class StaticCopyRefresherTests {

  static final StaticExportReport REPORT =
      new StaticExportReport(10, 8, Duration.ZERO, 10, 0, 0, 0, 0, List.of(), Duration.ZERO);

  /** An exporter that waits for the test's word, then reports or fails as told. */
  static final class HeldExporter extends StaticSiteExporter {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger runs = new AtomicInteger();
    volatile RuntimeException failWith;

    HeldExporter() {
      super(null, null, List.of());
    }

    @Override
    public StaticExportReport export(Path dir, String searchUrl, int parallelism) {
      runs.incrementAndGet();
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while drawing", e);
      }
      if (failWith != null) {
        throw failWith;
      }
      return REPORT;
    }
  }

  static final ThreadPoolTaskScheduler SCHEDULER = new ThreadPoolTaskScheduler();

  static {
    SCHEDULER.setDaemon(true);
    SCHEDULER.initialize();
  }

  static StaticCopyRefresher refresher(HeldExporter exporter, Path directory) {
    return refresher(exporter, new StaticCopySettings(directory, null, null));
  }

  static StaticCopyRefresher refresher(HeldExporter exporter, StaticCopySettings settings) {
    return refresher(exporter, settings, event -> {});
  }

  static StaticCopyRefresher refresher(
      HeldExporter exporter, StaticCopySettings settings, ApplicationEventPublisher events) {
    StaticApplicationContext context = new StaticApplicationContext();
    context.getBeanFactory().registerSingleton("scheduler", SCHEDULER);
    return new StaticCopyRefresher(
        exporter,
        settings,
        Clock.systemUTC(),
        context.getBeanProvider(TaskScheduler.class),
        events);
  }

  static StaticCopyRefresher.Refresh settled(StaticCopyRefresher refresher)
      throws InterruptedException {
    for (int i = 0; i < 500 && refresher.latest().running(); i++) {
      Thread.sleep(10);
    }
    assertThat(refresher.latest().running()).as("the refresh ended").isFalse();
    return refresher.latest();
  }

  @Test
  void aClickWhileARefreshRunsJoinsIt() throws InterruptedException {
    HeldExporter exporter = new HeldExporter();
    StaticCopyRefresher refresher = refresher(exporter, Path.of("/srv/copy"));
    assertThat(refresher.latest()).isNull();

    assertThat(refresher.start("ada@example.org")).isTrue();
    assertThat(exporter.entered.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(refresher.start("bob@example.org")).as("one is running").isFalse();
    assertThat(refresher.latest().running()).isTrue();
    assertThat(refresher.latest().startedBy()).isEqualTo("ada@example.org");

    exporter.release.countDown();
    StaticCopyRefresher.Refresh done = settled(refresher);
    assertThat(done.report()).isEqualTo(REPORT);
    assertThat(done.failure()).isNull();
    assertThat(exporter.runs).hasValue(1);

    assertThat(refresher.start("bob@example.org")).as("the last one ended").isTrue();
    assertThat(settled(refresher).startedBy()).isEqualTo("bob@example.org");
    assertThat(exporter.runs).hasValue(2);
  }

  @Test
  void aFailedRefreshKeepsItsReason() throws InterruptedException {
    HeldExporter exporter = new HeldExporter();
    exporter.failWith = new StaticExportRefused("/srv/copy is a file, not a directory.");
    exporter.release.countDown();
    StaticCopyRefresher refresher = refresher(exporter, Path.of("/srv/copy"));
    refresher.start("ada@example.org");
    StaticCopyRefresher.Refresh failed = settled(refresher);
    assertThat(failed.failure()).isEqualTo("/srv/copy is a file, not a directory.");
    assertThat(failed.report()).isNull();
  }

  @Test
  void everyRefreshSaysHowItEndedAndWhetherSomeoneAskedForIt() throws InterruptedException {
    HeldExporter exporter = new HeldExporter();
    exporter.failWith = new StaticExportRefused("/srv/copy is a file, not a directory.");
    exporter.release.countDown();
    List<Object> published = new CopyOnWriteArrayList<>();
    StaticCopyRefresher refresher =
        refresher(
            exporter, new StaticCopySettings(Path.of("/srv/copy"), null, null), published::add);

    refresher.start("ada@example.org");
    settled(refresher);
    for (int i = 0; i < 500 && published.isEmpty(); i++) {
      Thread.sleep(10);
    }

    assertThat(published).hasSize(1);
    StaticCopyRefreshed ended = (StaticCopyRefreshed) published.getFirst();
    assertThat(ended.askedFor()).isTrue();
    assertThat(ended.refresh().startedBy()).isEqualTo("ada@example.org");
    assertThat(ended.refresh().failure()).isEqualTo("/srv/copy is a file, not a directory.");
    assertThat(
            new StaticCopyRefreshed(
                    new StaticCopyRefresher.Refresh(
                        ended.refresh().started(),
                        StaticCopyRefresher.AFTER_CHANGES,
                        null,
                        null,
                        null))
                .askedFor())
        .isFalse();
  }

  @Test
  void stoppingTheServerStopsARunningRefresh() throws InterruptedException {
    HeldExporter exporter = new HeldExporter();
    StaticCopyRefresher refresher = refresher(exporter, Path.of("/srv/copy"));
    refresher.start("ada@example.org");
    assertThat(exporter.entered.await(5, TimeUnit.SECONDS)).isTrue();
    long started = System.nanoTime();
    refresher.stop();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(refresher.latest().running()).isFalse();
    assertThat(refresher.latest().failure()).contains("Interrupted");
  }

  @Test
  void withoutAFolderNothingStarts() {
    StaticCopyRefresher refresher = refresher(new HeldExporter(), (Path) null);
    assertThat(refresher.directory()).isNull();
    assertThatThrownBy(() -> refresher.start("ada@example.org"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(refresher.latest()).isNull();
  }

  @Test
  void theSearchAddressFollowsTheCommandsRule() {
    assertThat(new StaticCopySettings(null, "https://search.example.org/q", null).searchUrl())
        .isEqualTo("https://search.example.org/q");
    assertThat(new StaticCopySettings(null, " ", null).searchUrl()).isNull();
    assertThatThrownBy(() -> new StaticCopySettings(null, "javascript:alert(1)", null))
        .hasMessageContaining("iskra.static-copy.search-url");
  }

  @Test
  void aChangeStartsARefreshAfterTheDelayAndOneThatCameMeanwhileRunsAfterIt()
      throws InterruptedException {
    HeldExporter exporter = new HeldExporter();
    StaticCopyRefresher refresher =
        refresher(
            exporter, new StaticCopySettings(Path.of("/srv/copy"), null, Duration.ofMillis(50)));
    refresher.changed();
    Thread.sleep(200);
    assertThat(exporter.runs).as("nothing reads the site before it answers").hasValue(0);

    refresher.serving();
    assertThat(exporter.entered.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(refresher.latest().startedBy()).isEqualTo(StaticCopyRefresher.AFTER_CHANGES);
    // Two changes while it runs: the refresh running may have read the store before them, so one
    // more follows it, and only one.
    refresher.changed();
    Thread.sleep(200);
    refresher.changed();
    Thread.sleep(200);
    assertThat(exporter.runs).hasValue(1);
    exporter.release.countDown();
    for (int i = 0; i < 500 && exporter.runs.get() < 2; i++) {
      Thread.sleep(10);
    }
    settled(refresher);
    Thread.sleep(200);
    assertThat(exporter.runs).hasValue(2);
  }

  @Test
  void withoutTheSettingChangesStartNothing() throws InterruptedException {
    HeldExporter exporter = new HeldExporter();
    StaticCopyRefresher refresher = refresher(exporter, Path.of("/srv/copy"));
    refresher.serving();
    refresher.changed();
    Thread.sleep(200);
    assertThat(exporter.runs).hasValue(0);
    assertThat(refresher.latest()).isNull();
  }

  @Test
  void aDelayMustBePositive() {
    assertThatThrownBy(
            () -> new StaticCopySettings(Path.of("/srv/copy"), null, Duration.ofSeconds(-1)))
        .hasMessageContaining("iskra.static-copy.refresh-after-changes must be a positive");
  }

  @Test
  void theCrawlReadsTheAddressTheServerIsBoundTo() {
    assertThat(StaticSiteExporter.host(null)).isEqualTo("127.0.0.1");
    assertThat(StaticSiteExporter.host("0.0.0.0")).isEqualTo("127.0.0.1");
    assertThat(StaticSiteExporter.host("::")).isEqualTo("127.0.0.1");
    assertThat(StaticSiteExporter.host("10.0.0.7")).isEqualTo("10.0.0.7");
    assertThat(StaticSiteExporter.host("fd00::7")).isEqualTo("[fd00::7]");
  }
}
