package org.iskra.syndication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iskra.article.ArticleCatalogue;
import org.iskra.article.ArticleView;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The old site's addresses answer with a permanent redirect to the imported article: {@code
 * /?p=123}, {@code /index.php?p=123} and Joomla's {@code
 * /index.php?option=com_content&view=article&id=123} at once, and any other recorded address
 * ({@code /2019/03/a-post}, {@code /a-post}) only when the site itself has no page there, so that
 * an old address never hides a real page. Only published articles are redirected to, and only to
 * their path on this site.
 */
@Component
class LegacyUrlRedirect extends OncePerRequestFilter {

  // What ArticlePaths produces: never "//host" or anything a browser could read as another site.
  private static final Pattern LOCAL_ARTICLE_PATH = Pattern.compile("/[a-z0-9-]+/[a-z0-9-]+");

  private final ImportedItems items;
  private final ArticleCatalogue catalogue;

  LegacyUrlRedirect(ImportedItems items, ArticleCatalogue catalogue) {
    this.items = items;
    this.catalogue = catalogue;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    String path = request.getRequestURI();
    String query = request.getQueryString();
    if (!readOnly) {
      chain.doFilter(request, response);
      return;
    }
    if (LegacyPaths.isLegacyQuery(path, query)) {
      Optional<String> target = target(path, query);
      if (target.isPresent()) {
        redirect(response, target.get());
        return;
      }
    }
    NotFoundCatcher catcher = new NotFoundCatcher(response);
    chain.doFilter(request, catcher);
    if (!catcher.notFound) {
      return;
    }
    if (response.isCommitted()) {
      return;
    }
    Optional<String> target = target(path, query);
    if (target.isPresent()) {
      response.resetBuffer();
      redirect(response, target.get());
    } else if (catcher.message == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, catcher.message);
    }
  }

  private Optional<String> target(String path, String query) {
    return LegacyPaths.of(path, query)
        .flatMap(items::findArticleByLegacyPath)
        .flatMap(catalogue::find)
        .filter(view -> view.article().isPublished())
        .map(ArticleView::path)
        .filter(target -> LOCAL_ARTICLE_PATH.matcher(target).matches());
  }

  private static void redirect(HttpServletResponse response, String target) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", target);
  }

  /** Holds back a 404 so that the filter can answer with a redirect instead. */
  private static final class NotFoundCatcher extends HttpServletResponseWrapper {

    boolean notFound;
    String message;

    NotFoundCatcher(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      if (status == HttpServletResponse.SC_NOT_FOUND && !notFound) {
        notFound = true;
        return;
      }
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (status == HttpServletResponse.SC_NOT_FOUND && !notFound) {
        notFound = true;
        this.message = message;
        return;
      }
      super.sendError(status, message);
    }
  }
}
