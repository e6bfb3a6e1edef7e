package org.iskra.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The last-resort error page, for requests Tomcat refuses before the application sees them (a
 * malformed percent-encoding in the path, say). Plain and self-contained: it cannot reach the
 * store, and it says no more about the server than the status.
 */
class PlainErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String reason = known == null ? "Error" : known.getReasonPhrase();
    try {
      response.setContentType("text/html");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%d %s</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/assets/iskra.css"></head>
            <body><main id="content" class="error-page"><p class="error-page__status">Error %d</p>
            <h1>%s</h1><p>The address could not be understood.</p><p><a href="/">Go to the front page</a></p></main></body></html>
            """
                .formatted(
                    status, HtmlUtils.htmlEscape(reason), status, HtmlUtils.htmlEscape(reason)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response is already committed: nothing more can be said.
    }
  }

  /** Puts this valve in place of Tomcat's default error report on the host. */
  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            if (context.getParent() instanceof StandardHost host) {
              // The host adds a valve of this class name only if none is there yet: ours is.
              host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
              host.getPipeline().addValve(new PlainErrorReportValve());
            }
          });
    }
  }
}
