package org.iskra.startup;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import java.util.function.Consumer;
import org.iskra.article.TeaserText;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Does the one-time work of the first public page on a thread of its own while the server is being
 * built, instead of in the first reader's request: ICU's sentence and word rules for teasers
 * (article.TeaserText, about 0.1 s), jsoup's parser, and brotli's native library, which the page
 * cache loads when it stores its first page. On 2 cores the main thread builds the application on
 * one; this work fits beside it.
 *
 * <p>Only where a web server runs (the server, export-static); the other commands draw no pages.
 * Whatever fails here fails again, and is reported, where the work is really needed.
 */
public final class FirstPageWarmup
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private final Consumer<Runnable> start;

  /** As Spring Boot makes it (META-INF/spring.factories): the work on a daemon thread. */
  public FirstPageWarmup() {
    this(work -> Thread.ofPlatform().name("first-page-warmup").daemon().start(work));
  }

  FirstPageWarmup(Consumer<Runnable> start) {
    this.start = start;
  }

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    // Not while the build generates the context (process-aot): no page will be drawn there.
    if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.SERVLET
        && !Boolean.getBoolean("spring.aot.processing")) {
      start.accept(FirstPageWarmup::warm);
    }
  }

  static void warm() {
    try {
      TeaserText.of("", "<p>One sentence. Another sentence, a little longer than the first.</p>");
      Brotli4jLoader.isAvailable();
    } catch (RuntimeException | LinkageError e) {
      LoggerFactory.getLogger(FirstPageWarmup.class).debug("Warm-up of the first page failed", e);
    }
  }
}
