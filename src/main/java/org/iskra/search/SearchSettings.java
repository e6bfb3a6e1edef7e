package org.iskra.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the search index lives ({@code iskra.search.*}).
 *
 * @param directory the index's folder; {@code application.properties} sets it to {@code
 *     ${iskra.data-dir}/search}. It holds one {@code index-*} folder at a time (two during a
 *     rebuild) and a {@code current} file naming the one in use.
 * @param refreshInterval how often writes are made visible to searches
 * @param commitInterval how often writes are made durable; losing the last ones is harmless, the
 *     application reconciles the index with the store at start-up
 */
@ConfigurationProperties("iskra.search")
public record SearchSettings(
    @DefaultValue("data/search") Path directory,
    @DefaultValue("250ms") Duration refreshInterval,
    @DefaultValue("10s") Duration commitInterval) {}
