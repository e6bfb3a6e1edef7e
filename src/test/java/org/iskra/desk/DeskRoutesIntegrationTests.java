package org.iskra.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.store.TestDatabases;
import org.iskra.testing.DeskClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from Spring MVC itself so that a new route is covered the
 * day it is added: state-changing requests without a CSRF token are refused, desk routes refuse
 * anonymous visitors, and administrators' routes refuse everyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskRoutesIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final Set<String> ADMIN_ONLY = Set.of("/desk/users", "/desk/audit", "/desk/static-copy");

  /**
   * Posts that cannot carry a CSRF token and authenticate themselves instead: the webhooks by their
   * HMAC signature, the one-click unsubscribe (RFC 8058) by its signed token. Their own tests check
   * that unsigned requests are refused.
   */
  static final Set<String> CSRF_EXEMPT =
      Set.of("/webhooks/payments", "/webhooks/mail-events", "/newsletter/unsubscribe");

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.emptyDatabaseProperties(TestDatabases.Kind.SQLITE)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Route(RequestMethod method, String path) {}

  @BeforeEach
  void people() {
    if (accounts.find("admin@example.org").isEmpty()) {
      accounts.create("admin@example.org", "Ada", Role.ADMIN, PASSWORD);
      accounts.create("editor@example.org", "Ed", Role.EDITOR, PASSWORD);
    }
  }

  List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        String path = pattern.replaceAll("\\{[^}]*\\}", "1");
        if (path.startsWith("/error")) {
          continue;
        }
        if (methods.isEmpty()) {
          routes.add(new Route(RequestMethod.GET, path));
          routes.add(new Route(RequestMethod.POST, path));
        }
        methods.forEach(method -> routes.add(new Route(method, path)));
      }
    }
    return routes;
  }

  /**
   * The Content and Admin APIs authenticate by key or bearer token only, never by the session
   * cookie (api.ApiSecurityConfiguration): there a request without its credential gets 401 even
   * with a signed-in session, so CSRF cannot apply. Every other route needs a CSRF token.
   */
  static boolean isTokenApi(String path) {
    return path.startsWith("/api/content/") || path.startsWith("/api/admin/");
  }

  static boolean changesState(RequestMethod method) {
    return method != RequestMethod.GET
        && method != RequestMethod.HEAD
        && method != RequestMethod.OPTIONS;
  }

  HttpResponse<String> send(DeskClient client, Route route) {
    return client.send(
        HttpRequest.newBuilder(URI.create(client.base() + route.path()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .method(route.method().name(), HttpRequest.BodyPublishers.ofString("version=1"))
            .build());
  }

  @Test
  void theMappingsIncludeTheDeskActions() {
    assertThat(routes())
        .contains(
            new Route(RequestMethod.POST, "/desk/articles/1"),
            new Route(RequestMethod.POST, "/desk/articles/1/trash"),
            new Route(RequestMethod.GET, "/desk/audit"));
  }

  @Test
  void everyStateChangingRequestWithoutACsrfTokenIsRefused() {
    DeskClient admin = new DeskClient(port).signIn("admin@example.org", PASSWORD);
    List<String> accepted = new ArrayList<>();
    for (Route route : routes()) {
      if (!changesState(route.method()) || CSRF_EXEMPT.contains(route.path())) {
        continue;
      }
      int expected = isTokenApi(route.path()) ? 401 : 403;
      if (send(admin, route).statusCode() != expected) {
        accepted.add(route.toString());
      }
    }
    assertThat(accepted)
        .as("state-changing routes that answered something other than 403 (401 for the token APIs)")
        .isEmpty();
  }

  @Test
  void everyDeskRouteRefusesAnonymousVisitors() {
    DeskClient anonymous = new DeskClient(port);
    for (Route route : routes()) {
      if (!route.path().startsWith("/desk")) {
        continue;
      }
      HttpResponse<String> answer = send(anonymous, route);
      if (changesState(route.method())) {
        assertThat(answer.statusCode()).as(route.toString()).isEqualTo(403);
      } else {
        assertThat(answer.statusCode()).as(route.toString()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
            .as(route.toString())
            .endsWith("/login");
      }
    }
  }

  @Test
  void administratorsRoutesRefuseEditors() {
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    DeskClient admin = new DeskClient(port).signIn("admin@example.org", PASSWORD);
    int checked = 0;
    for (Route route : routes()) {
      if (ADMIN_ONLY.stream()
          .noneMatch(p -> route.path().equals(p) || route.path().startsWith(p + "/"))) {
        continue;
      }
      checked++;
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(editor.base() + route.path()))
              .header("Content-Type", "application/x-www-form-urlencoded");
      HttpResponse<String> answer =
          editor.send(
              request
                  .method(
                      route.method().name(),
                      HttpRequest.BodyPublishers.ofString("_csrf=" + editor.token()))
                  .build());
      assertThat(answer.statusCode()).as(route.toString()).isEqualTo(403);
    }
    assertThat(checked).isPositive();
    assertThat(admin.get("/desk/audit").statusCode()).isEqualTo(200);
  }

  /** This server has no static copy folder (staticsite tests cover one that has). */
  @Test
  void withoutAFolderTheStaticCopyPageSaysHowToSetOne() {
    DeskClient admin = new DeskClient(port).signIn("admin@example.org", PASSWORD);
    Document page = Jsoup.parse(admin.get("/desk/static-copy").body());
    assertThat(page.text()).contains("No folder is set").contains("iskra.static-copy.directory");
    assertThat(page.select("form[action=/desk/static-copy]")).isEmpty();
    assertThat(admin.submit("/desk/static-copy", Map.of()).statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(admin.get("/desk/static-copy").body()).select("[role=alert]").text())
        .contains("set iskra.static-copy.directory first");
  }
}
