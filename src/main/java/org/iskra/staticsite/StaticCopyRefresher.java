package org.iskra.staticsite;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Refreshes the static copy from the running server, into {@link StaticCopySettings#directory()}:
 * the site keeps serving while it is written (on the same cores), and the JIT-compiled drawing code
 * of one refresh serves the next, so a refresh after the first takes about half to two thirds of
 * the time of a cold {@code export-static} (docs/benchmarks.md). One refresh at a time; it runs in
 * the background and the desk shows how it went. With {@link
 * StaticCopySettings#refreshAfterChanges()} set, changes readers see start one by themselves
 * ({@link #changed()}).
 *
 * <p>A refresh reads the store while editors may be publishing: the copy can hold a page from just
 * before a change and a listing from just after. The next refresh writes what changed (the copy is
 * incremental), so a refresh after the last change of the day makes it whole.
 */
@Service
public class StaticCopyRefresher {

  private static final Logger log = LoggerFactory.getLogger(StaticCopyRefresher.class);

  /** Who started the refreshes that changes start, as the desk shows it. */
  public static final String AFTER_CHANGES = "the site, after changes";

  /**
   * One refresh.
   *
   * @param startedBy the account that asked for it
   * @param finished {@code null} while it runs
   * @param report what it wrote, once it succeeded
   * @param failure why it failed, once it failed
   */
  public record Refresh(
      Instant started,
      String startedBy,
      Instant finished,
      StaticExportReport report,
      String failure) {

    public boolean running() {
      return finished == null;
    }

    Refresh succeeded(Instant at, StaticExportReport what) {
      return new Refresh(started, startedBy, at, what, null);
    }

    Refresh failed(Instant at, String why) {
      return new Refresh(started, startedBy, at, null, why);
    }
  }

  private final StaticSiteExporter exporter;
  private final StaticCopySettings settings;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  /** Commands start without one: they never follow changes. */
  private final ObjectProvider<TaskScheduler> scheduler;

  /** The refresh a change asked for, due after the delay; guarded by {@code this}. */
  private ScheduledFuture<?> due;

  /** A refresh a change asked for came due while one ran: start another after; by {@code this}. */
  private boolean again;

  /** The server is stopping: nothing more starts; guarded by {@code this}. */
  private boolean stopped;

  /** The server answers: a refresh can read it; guarded by {@code this}. */
  private boolean serving;

  /** A change came before the server answered (the demo's articles, say); by {@code this}. */
  private boolean changedBeforeServing;

  /** The refresh running now, or the last one; {@code null} before the first. */
  private final AtomicReference<Refresh> latest = new AtomicReference<>();

  private volatile Thread worker;

  StaticCopyRefresher(
      StaticSiteExporter exporter,
      StaticCopySettings settings,
      Clock clock,
      ObjectProvider<TaskScheduler> scheduler,
      ApplicationEventPublisher events) {
    this.exporter = exporter;
    this.settings = settings;
    this.clock = clock;
    this.events = events;
    this.scheduler = scheduler;
  }

  /** The folder refreshes write to, or {@code null} when none is set. */
  public Path directory() {
    return settings.directory();
  }

  /** How long after a change a refresh starts by itself, or {@code null} when none does. */
  public Duration refreshAfterChanges() {
    return settings.followsChanges() ? settings.refreshAfterChanges() : null;
  }

  /** The refresh running now, or the last one since the server started; {@code null} if none. */
  public Refresh latest() {
    return latest.get();
  }

  /**
   * Starts a refresh in the background unless one is running.
   *
   * @return whether a refresh began; {@code false} when one was running already
   * @throws IllegalStateException if no folder is set ({@code iskra.static-copy.directory})
   */
  public synchronized boolean start(String startedBy) {
    if (!settings.configured()) {
      throw new IllegalStateException(
          "No folder is set for the static copy: set iskra.static-copy.directory first.");
    }
    Refresh current = latest.get();
    if (stopped || (current != null && current.running())) {
      return false;
    }
    Refresh refresh = new Refresh(clock.instant(), startedBy, null, null, null);
    latest.set(refresh);
    worker = Thread.ofPlatform().name("static-copy").daemon(true).start(() -> run(refresh));
    return true;
  }

  /**
   * Something readers see changed (after its commit): when the copy follows the site, a refresh
   * starts after the set delay, unless one is already due. A refresh that comes due while another
   * runs starts when that one ends, so every change is followed by a refresh that began after it.
   */
  public synchronized void changed() {
    if (!settings.followsChanges() || stopped || (due != null && !due.isDone())) {
      return;
    }
    if (!serving) {
      changedBeforeServing = true;
      return;
    }
    due =
        scheduler
            .getObject()
            .schedule(this::cameDue, clock.instant().plus(settings.refreshAfterChanges()));
  }

  /** A refresh reads the site over HTTP too: changes made before it answers wait for it. */
  @EventListener(ApplicationReadyEvent.class)
  synchronized void serving() {
    serving = true;
    if (changedBeforeServing) {
      changedBeforeServing = false;
      changed();
    }
  }

  private synchronized void cameDue() {
    due = null;
    if (!stopped && !start(AFTER_CHANGES)) {
      again = true;
    }
  }

  private synchronized void ended() {
    worker = null;
    if (again) {
      again = false;
      start(AFTER_CHANGES);
    }
  }

  private void run(Refresh refresh) {
    Path dir = settings.directory();
    Refresh ended = null;
    try {
      StaticExportReport report =
          exporter.export(dir, settings.searchUrl(), StaticSiteExporter.defaultParallelism());
      ended = refresh.succeeded(clock.instant(), report);
      latest.set(ended);
      log.info(
          "Static copy refreshed in {} by {}: {} files, {} written, {} deleted, {} ms",
          dir,
          refresh.startedBy(),
          report.files(),
          report.written(),
          report.deleted(),
          report.took().toMillis());
    } catch (RuntimeException e) {
      // A full disk, a folder that is a file, the server stopping: said on the desk and in the log.
      // The copy keeps its earlier files (each file is replaced whole) and its earlier manifest.
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      ended = refresh.failed(clock.instant(), why);
      latest.set(ended);
      if (e instanceof StaticExportRefused) {
        log.warn("Static copy refresh into {} failed: {}", dir, why); // said in full already
      } else {
        log.warn("Static copy refresh into {} failed: {}", dir, why, e);
      }
    } finally {
      ended();
    }
    try {
      events.publishEvent(new StaticCopyRefreshed(ended));
    } catch (RuntimeException e) {
      // The audit log's store may be the reason the refresh failed; the copy is done either way.
      log.warn("Could not record the static copy's refresh: {}", e.toString());
    }
  }

  /** On shutdown a refresh is stopped, not waited for: the next refresh writes what it left. */
  @PreDestroy
  void stop() throws InterruptedException {
    Thread running;
    synchronized (this) {
      stopped = true;
      if (due != null) {
        due.cancel(false);
      }
      running = worker;
    }
    if (running != null) {
      running.interrupt();
      running.join(10_000);
    }
  }
}
