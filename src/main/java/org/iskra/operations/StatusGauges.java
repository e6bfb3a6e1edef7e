package org.iskra.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * How many rows of a queue table are in each status, as one gauge per status for Prometheus (the
 * mail queue, webhook deliveries). The counts come from one indexed query for all statuses, at most
 * every {@link #FRESH} however often Prometheus scrapes; NaN while the database cannot answer.
 * Features extend it as a component with their meter's name and their store's count.
 */
public abstract class StatusGauges implements MeterBinder {

  /** How long one count serves every gauge and every scrape. */
  public static final Duration FRESH = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(StatusGauges.class);

  private record Counts(long takenAt, Map<String, Long> byStatus) {}

  private final String name;
  private final String description;
  private final List<String> statuses;
  private final Function<List<String>, Map<String, Long>> countIn;
  private volatile Counts last;

  /**
   * @param countIn counts the rows in the given statuses, by status (absent: none)
   */
  protected StatusGauges(
      String name,
      String description,
      List<String> statuses,
      Function<List<String>, Map<String, Long>> countIn) {
    this.name = name;
    this.description = description;
    this.statuses = List.copyOf(statuses);
    this.countIn = countIn;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String status : statuses) {
      Gauge.builder(name, this, gauges -> gauges.count(status))
          .tag("status", status)
          .description(description)
          .register(registry);
    }
  }

  private double count(String status) {
    Counts counts = last;
    long now = System.nanoTime();
    if (counts == null || now - counts.takenAt() > FRESH.toNanos()) {
      try {
        counts = new Counts(now, countIn.apply(statuses));
      } catch (DataAccessException e) {
        LOG.debug("{} not counted: {}", name, e.getMessage());
        return Double.NaN;
      }
      last = counts;
    }
    return counts.byStatus().getOrDefault(status, 0L);
  }
}
