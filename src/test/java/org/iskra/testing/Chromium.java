package org.iskra.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, for browser tests. Never downloads a browser: the build
 * sets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} and {@code .ci/run} installs the package.
 */
public final class Chromium implements AutoCloseable {

  private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    Playwright playwright = Playwright.create();
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Chromium(playwright, browser);
  }

  /** A fresh browser profile: its own cookies, like a second person at another desk. */
  public BrowserContext newContext() {
    return browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
  }

  /**
   * A profile that ignores Content-Security-Policy, so that a test of sanitising proves the
   * sanitiser itself and not the policy that would also have stopped the script.
   */
  public BrowserContext newContextIgnoringCsp() {
    return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true));
  }

  /** Signs in on the desk's sign-in page, as a person would. */
  public static void signIn(Page page, String base, String email, String password) {
    page.navigate(base + "/login");
    page.getByLabel("E-mail address").fill(email);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    page.waitForURL(base + "/desk");
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
