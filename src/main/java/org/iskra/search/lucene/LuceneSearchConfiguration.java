package org.iskra.search.lucene;

import org.iskra.search.SearchIndex;
import org.iskra.search.SearchSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The application's {@link SearchIndex}: Lucene, in {@code iskra.search.directory}. */
@Configuration(proxyBeanMethods = false)
class LuceneSearchConfiguration {

  // Opened on first use, never at start-up: a command that does not search must run while the
  // server holds the index.
  @Bean(destroyMethod = "close")
  @Lazy
  SearchIndex searchIndex(SearchSettings settings) {
    return LuceneSearchIndex.open(settings);
  }
}
