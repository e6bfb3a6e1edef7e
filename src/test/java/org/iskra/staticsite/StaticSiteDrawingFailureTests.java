package org.iskra.staticsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.iskra.publication.PageDrawer;
import org.iskra.publication.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** A drawer that fails fails the export: no manifest claims a copy that was never finished. */
class StaticSiteDrawingFailureTests {

  @TempDir Path dir;

  @Test
  void aFailingDrawerStopsTheExportBeforeTheCrawlAndLeavesNoManifest() {
    AtomicInteger drawn = new AtomicInteger();
    PageDrawer failing =
        sink -> {
          List<Runnable> jobs = new ArrayList<>();
          jobs.add(
              () -> {
                throw new IllegalStateException("the store went away");
              });
          for (int i = 0; i < 200; i++) {
            int n = i;
            jobs.add(
                () -> {
                  try {
                    Thread.sleep(5); // a page takes time: the failure is seen long before the end
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  drawn.incrementAndGet();
                  sink.page("/page-" + n, "text/html;charset=UTF-8", "<p>" + n + "</p>");
                });
          }
          return jobs;
        };
    // A port nothing listens on: the crawl, were it to start, would fail differently.
    MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "9");
    StaticSiteExporter exporter =
        new StaticSiteExporter(
            environment, new SiteSettings("https://news.example.org"), List.of(failing));

    assertThatThrownBy(() -> exporter.export(dir, null, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the store went away");
    assertThat(Files.exists(dir.resolve(StaticSiteExporter.MANIFEST))).isFalse();
    // Jobs not yet started when the failure came are skipped, not all drawn.
    assertThat(drawn.get()).isLessThan(200);
  }
}
