package org.iskra.search.lucene;

import org.iskra.search.SearchIndex;
import org.iskra.search.SearchSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's {@link SearchIndex}: Lucene, in {@code iskra.search.directory}. */
@Configuration(proxyBeanMethods = false)
class LuceneSearchConfiguration {

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(SearchSettings settings) {
    return LuceneSearchIndex.open(settings);
  }
}
