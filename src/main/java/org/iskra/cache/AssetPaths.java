package org.iskra.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The fingerprinted address of a static asset ({@code /assets/iskra.css} becomes {@code
 * /assets/iskra-0f3c….css}, the hash of its content), for templates to print: a changed file gets a
 * new address, so browsers may keep every address for a year ({@code immutable}). Spring's {@code
 * VersionResourceResolver} ({@code spring.web.resources.chain.strategy.content.*}) serves them; the
 * plain addresses keep working.
 *
 * <p>Static because JTE templates call it; it answers the plain address when no web application is
 * running (commands, mail), so it is safe everywhere. Thread-safe.
 */
@Component
public class AssetPaths {

  /** What {@code ContentVersionStrategy} adds: a hyphen and 32 hex digits before the extension. */
  static final Pattern FINGERPRINTED = Pattern.compile("/assets/.+-[0-9a-f]{32}\\.[A-Za-z0-9]+");

  private static volatile ObjectProvider<ResourceUrlProvider> urls;

  /**
   * Addresses already looked up: the assets are in the jar, so an address's fingerprint never
   * changes while the application runs, and pages print the same few on every page.
   */
  private static final Map<String, String> FINGERPRINTED_PATHS = new ConcurrentHashMap<>();

  AssetPaths(ObjectProvider<ResourceUrlProvider> provider) {
    urls = provider;
    FINGERPRINTED_PATHS.clear(); // a new application context (tests start several)
  }

  /** The fingerprinted address of {@code path}, or {@code path} itself when it has none. */
  public static String of(String path) {
    String known = FINGERPRINTED_PATHS.get(path);
    if (known != null) {
      return known;
    }
    ObjectProvider<ResourceUrlProvider> current = urls;
    ResourceUrlProvider provider = current == null ? null : current.getIfAvailable();
    if (provider == null) {
      return path;
    }
    String versioned = provider.getForLookupPath(path);
    if (versioned == null) {
      return path;
    }
    if (FINGERPRINTED_PATHS.size() < 1_000) { // templates name a few assets, never readers' input
      FINGERPRINTED_PATHS.put(path, versioned);
    }
    return versioned;
  }
}
