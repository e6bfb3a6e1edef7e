package org.iskra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iskra.account.Browser.location;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * First run on an empty store: {@code /setup} creates exactly one first administrator, even when
 * two people submit it at once, and is gone afterwards; that administrator cannot be demoted or
 * disabled while no other exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SetupIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";

  @LocalServerPort int port;
  @Autowired AccountRegistry registry;
  @Autowired JdbcClient jdbc;

  Browser browser() {
    return new Browser("127.0.0.1", port);
  }

  @Test
  void setupCreatesOneFirstAdministratorThenIsGone() {
    Browser first = browser();
    Browser second = browser();
    assertThat(first.page("/login").selectFirst("#setup a").attr("href")).isEqualTo("/setup");
    String firstToken = first.csrf("/setup");
    String secondToken = second.csrf("/setup");

    Document mismatch =
        org.jsoup.Jsoup.parse(
            first
                .post(
                    "/setup",
                    "_csrf",
                    firstToken,
                    "email",
                    "rosa@example.org",
                    "password",
                    PASSWORD,
                    "repeated",
                    PASSWORD + "!")
                .body());
    assertThat(mismatch.selectFirst("[role=alert]").text()).isEqualTo("The two passwords differ.");

    CompletableFuture<HttpResponse<String>> rosa =
        first.postLater(
            "/setup",
            "_csrf",
            firstToken,
            "email",
            "Rosa@Example.org",
            "name",
            "Rosa",
            "password",
            PASSWORD,
            "repeated",
            PASSWORD);
    CompletableFuture<HttpResponse<String>> karl =
        second.postLater(
            "/setup",
            "_csrf",
            secondToken,
            "email",
            "karl@example.org",
            "name",
            "Karl",
            "password",
            PASSWORD,
            "repeated",
            PASSWORD);
    List<Integer> statuses = List.of(rosa.join().statusCode(), karl.join().statusCode());
    assertThat(statuses).containsExactlyInAnyOrder(302, 404);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = 'admin'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    String winner = rosa.join().statusCode() == 302 ? "rosa@example.org" : "karl@example.org";
    HttpResponse<String> created = rosa.join().statusCode() == 302 ? rosa.join() : karl.join();
    assertThat(location(created)).endsWith("/login?welcome");

    assertThat(first.get("/setup").statusCode()).isEqualTo(404);
    assertThat(
            first
                .post(
                    "/setup",
                    "_csrf",
                    firstToken,
                    "email",
                    "late@example.org",
                    "password",
                    PASSWORD,
                    "repeated",
                    PASSWORD)
                .statusCode())
        .isEqualTo(404);
    assertThat(first.page("/login").selectFirst("#setup")).isNull();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'account.created'")
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // The one administrator can be neither demoted nor disabled until there is another.
    Browser admin = browser();
    assertThat(location(admin.signIn(winner, PASSWORD))).endsWith("/desk");
    long id = registry.find(winner).orElseThrow().id();
    String token = admin.csrf("/desk/users");
    admin.post("/desk/users/" + id + "/role", "_csrf", token, "role", "editor");
    assertThat(admin.page("/desk/users").selectFirst("[role=alert]").text())
        .isEqualTo(
            winner
                + " is the last enabled administrator and cannot be demoted;"
                + " make another administrator first.");
    admin.post("/desk/users/" + id + "/disable", "_csrf", token);
    assertThat(admin.page("/desk/users").selectFirst("[role=alert]").text())
        .isEqualTo("You cannot disable your own account.");
    assertThat(registry.find(winner).orElseThrow())
        .extracting(Account::role, Account::disabled)
        .containsExactly(Role.ADMIN, false);

    admin.post(
        "/desk/users",
        "_csrf",
        token,
        "email",
        "clara@example.org",
        "role",
        "admin",
        "password",
        PASSWORD);
    assertThat(admin.page("/desk/users").selectFirst("[role=status]").text())
        .isEqualTo("Created admin account clara@example.org.");
    admin.post("/desk/users/" + id + "/role", "_csrf", token, "role", "editor");
    assertThat(registry.find(winner).orElseThrow().role()).isEqualTo(Role.EDITOR);
    assertThat(admin.get("/desk/users").statusCode())
        .as("the demoted administrator's own session follows at once")
        .isEqualTo(403);
    assertThat(first.get("/setup").statusCode()).isEqualTo(404);
  }
}
