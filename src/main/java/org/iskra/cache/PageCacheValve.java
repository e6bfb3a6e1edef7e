package org.iskra.cache;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers stored pages inside Tomcat, before the request enters the application: no filter chain is
 * built, no filter, servlet or observation runs for a hit. That is most of the cost of a page once
 * it is stored. Everything else goes on to the application, where {@link PageCacheFilter} draws and
 * stores pages; the rules of what is answered are the filter's.
 */
@Component
class PageCacheValve extends ValveBase implements TomcatContextCustomizer {

  private final PageCacheFilter pages;

  PageCacheValve(PageCacheFilter pages) {
    super(true); // asynchronous requests pass through untouched
    this.pages = pages;
  }

  @Override
  public void customize(Context context) {
    context.getPipeline().addValve(this);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    if (!pages.answerFromCache(request, response)) {
      getNext().invoke(request, response);
    }
  }
}
