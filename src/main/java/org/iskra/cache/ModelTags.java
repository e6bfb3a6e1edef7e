package org.iskra.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.iskra.article.ArticleView;
import org.iskra.article.Teaser;
import org.iskra.article.TeaserPage;
import org.iskra.publication.PageTags;
import org.iskra.site.ListingPage;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Declares a page's tags from what its model holds, so that controllers need not: every teaser and
 * article shown is an {@code article:ID}; a listing page is its listing; an article page also
 * depends on its section's listing (its "More from" list). Pages of other kinds declare theirs with
 * {@link PageTags#add}.
 */
@Component
class ModelTags implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).excludePathPatterns("/desk", "/desk/**", "/api/**");
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (modelAndView == null) {
      return;
    }
    // Only article and listing pages: another page that merely lists teasers (an appeal's, an
    // event's) shows more than its teasers, and must declare all of it itself or not be stored.
    boolean ours =
        modelAndView.getModel().values().stream()
            .anyMatch(value -> value instanceof ArticleView || value instanceof ListingPage);
    if (ours) {
      modelAndView.getModel().values().forEach(ModelTags::declare);
    }
  }

  private static void declare(Object value) {
    switch (value) {
      case ArticleView view -> {
        PageTags.add(PageTags.article(view.article().id()));
        PageTags.add(PageTags.listing(view.section().path()));
        PageTags.add(PageTags.translations(view.article().translationGroup()));
        if (view.featuredImage() != null) {
          // Its alt text, caption and credit are drawn from the library, not kept in the article.
          PageTags.add(PageTags.media(view.featuredImage().key()));
        }
      }
      case Teaser teaser -> PageTags.add(PageTags.article(teaser.id()));
      case TeaserPage page -> page.teasers().forEach(ModelTags::declare);
      case ListingPage listing -> {
        PageTags.add(PageTags.listing(listing.basePath()));
        declare(listing.page());
      }
      case Collection<?> items -> {
        for (Object item : items) {
          if (item instanceof Teaser || item instanceof ArticleView) {
            declare(item);
          }
        }
      }
      case null, default -> {}
    }
  }
}
