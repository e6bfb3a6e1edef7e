package org.iskra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iskra.account.Browser.location;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in security over real HTTP, from several browsers and client addresses: throttling,
 * two-factor sign-in, password changes, disabled accounts, roles, CSRF, and the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AccountSecurityIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final String ADMIN = "admin@example.org";

  @LocalServerPort int port;
  @Autowired AccountRegistry registry;
  @Autowired SignInThrottle throttle;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void freshCounts() {
    throttle.clear();
    if (registry.find(ADMIN).isEmpty()) {
      registry.create(ADMIN, "Rosa", Role.ADMIN, PASSWORD);
    }
  }

  Browser browser() {
    return new Browser("127.0.0.1", port);
  }

  Browser browserAt(String clientAddress) {
    return new Browser(clientAddress, port);
  }

  /** A new account of its own for each test, so tests cannot disturb each other. */
  Account someone(Role role) {
    String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return registry.create(email, "Staff", role, PASSWORD);
  }

  Browser signedIn(String email, String password) {
    Browser browser = browser();
    HttpResponse<String> signIn = browser.signIn(email, password);
    assertThat(location(signIn)).as("sign-in of " + email).endsWith("/desk");
    return browser;
  }

  long auditCount(String action, String subject) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = ? AND subject = ?")
        .params(action, subject)
        .query(Long.class)
        .single();
  }

  static String currentCode(String secret) throws Exception {
    return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
  }

  @Test
  void theTenthAttemptAfterNineWrongPasswordsIsRefusedUncheckedFromAnyAddress() {
    Account clara = someone(Role.EDITOR);
    Browser browser = browser();
    for (int i = 1; i <= 9; i++) {
      HttpResponse<String> wrong = browser.signIn(clara.email(), "not the password " + i);
      assertThat(location(wrong)).as("wrong password %d", i).endsWith("/login?error");
    }

    HttpResponse<String> tenth = browser.signIn(clara.email(), PASSWORD);
    assertThat(tenth.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(tenth.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    Document page = Jsoup.parse(tenth.body());
    assertThat(page.selectFirst("[role=alert]").text())
        .startsWith("Too many failed sign-ins. Wait")
        .endsWith("then try again.");
    assertThat(page.selectFirst("form[action=/login]")).as("the form is still there").isNotNull();
    assertThat(browser.get("/desk").statusCode())
        .as("the right password was not checked")
        .isEqualTo(302);

    Browser elsewhere = browserAt("127.0.0.2");
    assertThat(elsewhere.signIn(clara.email(), PASSWORD).statusCode())
        .as("the account is throttled, whatever the address")
        .isEqualTo(429);

    assertThat(auditCount("sign-in.failed", clara.email())).isEqualTo(9);
    assertThat(auditCount("sign-in.throttled", clara.email())).as("reported once").isEqualTo(1);
    assertThat(auditCount("sign-in", clara.email())).isZero();
  }

  @Test
  void oneAddressGuessingAtManyAccountsIsThrottledToo() {
    Account clara = someone(Role.EDITOR);
    Browser guesser = browserAt("127.0.0.3");
    for (int i = 1; i <= 9; i++) {
      assertThat(location(guesser.signIn("guess" + i + "@example.org", "not the password")))
          .endsWith("/login?error");
    }
    assertThat(guesser.signIn(clara.email(), PASSWORD).statusCode()).isEqualTo(429);

    // The account itself is not throttled: from another address it signs in.
    HttpResponse<String> signIn = browser().signIn(clara.email(), PASSWORD);
    assertThat(location(signIn)).endsWith("/desk");
    assertThat(auditCount("sign-in", clara.email())).isEqualTo(1);
  }

  @Test
  void twoFactorSignInAsksForACodeAndKeepsTheDeskClosedUntilThen() throws Exception {
    Account clara = someone(Role.AUTHOR);
    Browser browser = signedIn(clara.email(), PASSWORD);

    Document enrol = browser.page("/desk/account/two-factor");
    String secret = enrol.selectFirst("#secret").text();
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(enrol.selectFirst("img[alt^=QR]").attr("src")).startsWith("data:image/png;base64,");
    String token = enrol.selectFirst("input[name=_csrf]").attr("value");
    assertThat(browser.post("/desk/account/two-factor", "code", currentCode(secret)).statusCode())
        .as("without CSRF")
        .isEqualTo(403);
    HttpResponse<String> wrong =
        browser.post("/desk/account/two-factor", "_csrf", token, "code", "000000");
    assertThat(Jsoup.parse(wrong.body()).selectFirst("[role=alert]").text())
        .contains("does not match");
    assertThat(registry.find(clara.email()).orElseThrow().twoFactor()).isFalse();
    HttpResponse<String> on =
        browser.post("/desk/account/two-factor", "_csrf", token, "code", currentCode(secret));
    assertThat(location(on)).endsWith("/desk/account");
    assertThat(browser.page("/desk/account").selectFirst("#two-factor-state").text())
        .startsWith("On");

    Browser next = browser();
    HttpResponse<String> password = next.signIn(clara.email(), PASSWORD);
    assertThat(location(password)).endsWith("/login/code");
    for (String desk : List.of("/desk", "/desk/account", "/desk/account/two-factor")) {
      HttpResponse<String> refused = next.get(desk);
      assertThat(refused.statusCode()).as(desk).isEqualTo(302);
      assertThat(location(refused)).as(desk).endsWith("/login/code");
    }
    String codeToken = next.csrf("/login/code");
    HttpResponse<String> post =
        next.post("/desk/account/two-factor/disable", "_csrf", codeToken, "password", PASSWORD);
    assertThat(location(post)).as("a desk POST between the steps").endsWith("/login/code");
    assertThat(registry.find(clara.email()).orElseThrow().twoFactor()).isTrue();
    assertThat(location(next.post("/login/code", "_csrf", codeToken, "code", "123456")))
        .endsWith("/login/code?error");
    assertThat(next.get("/desk").statusCode()).isEqualTo(302);
    HttpResponse<String> code =
        next.post("/login/code", "_csrf", codeToken, "code", currentCode(secret));
    assertThat(location(code)).endsWith("/desk");
    assertThat(next.get("/desk").statusCode()).isEqualTo(200);
    assertThat(auditCount("sign-in.failed", clara.email())).isEqualTo(1);
    assertThat(auditCount("account.2fa-enabled", clara.email())).isEqualTo(1);

    String deskToken = next.csrf("/desk/account");
    next.post("/desk/account/two-factor/disable", "_csrf", deskToken, "password", PASSWORD);
    assertThat(registry.find(clara.email()).orElseThrow().twoFactor()).isFalse();
    assertThat(location(browser().signIn(clara.email(), PASSWORD))).endsWith("/desk");
  }

  @Test
  void aNewPasswordReplacesTheOldAndEndsTheOtherSessions() {
    Account clara = someone(Role.CONTRIBUTOR);
    Browser here = signedIn(clara.email(), PASSWORD);
    Browser there = signedIn(clara.email(), PASSWORD);
    String newPassword = "another quite long passphrase";

    String token = here.csrf("/desk/account");
    assertThat(
            here.post("/desk/account/password", "current", PASSWORD, "password", newPassword)
                .statusCode())
        .as("without CSRF")
        .isEqualTo(403);
    here.post(
        "/desk/account/password",
        "_csrf",
        token,
        "current",
        "not the password",
        "password",
        newPassword,
        "repeated",
        newPassword);
    assertThat(here.page("/desk/account").selectFirst("[role=alert]").text())
        .isEqualTo("The current password is not right.");
    HttpResponse<String> changed =
        here.post(
            "/desk/account/password",
            "_csrf",
            token,
            "current",
            PASSWORD,
            "password",
            newPassword,
            "repeated",
            newPassword);
    assertThat(location(changed)).endsWith("/desk/account");
    assertThat(here.page("/desk/account").selectFirst("[role=status]").text())
        .startsWith("Your password has changed.");

    HttpResponse<String> ended = there.get("/desk");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(location(ended)).endsWith("/login?ended");
    assertThat(location(browser().signIn(clara.email(), PASSWORD))).endsWith("/login?error");
    assertThat(location(browser().signIn(clara.email(), newPassword))).endsWith("/desk");
    assertThat(auditCount("account.password-changed", clara.email())).isEqualTo(1);
  }

  @Test
  void anAdministratorDisablesAnAccountWhoseSessionsEndAtOnceAndChangesRoles() {
    Account clara = someone(Role.EDITOR);
    Browser claras = signedIn(clara.email(), PASSWORD);
    Browser admin = signedIn(ADMIN, PASSWORD);
    Document users = admin.page("/desk/users");
    assertThat(users.selectFirst("tr[data-email=" + clara.email() + "] .state").text())
        .isEqualTo("enabled");
    String token = users.selectFirst("input[name=_csrf]").attr("value");

    admin.post("/desk/users/" + clara.id() + "/role", "_csrf", token, "role", "admin");
    assertThat(admin.page("/desk/users").selectFirst("[role=status]").text())
        .isEqualTo(clara.email() + " is now admin.");
    assertThat(claras.get("/desk/users").statusCode())
        .as("the new role applies at the next request")
        .isEqualTo(200);
    admin.post("/desk/users/" + clara.id() + "/role", "_csrf", token, "role", "editor");
    admin.page("/desk/users");
    assertThat(claras.get("/desk/users").statusCode()).isEqualTo(403);

    HttpResponse<String> disable =
        admin.post("/desk/users/" + clara.id() + "/disable", "_csrf", token);
    assertThat(location(disable)).endsWith("/desk/users");
    assertThat(admin.page("/desk/users").selectFirst("[role=status]").text())
        .contains(clara.email(), "disabled");

    HttpResponse<String> next = claras.get("/desk");
    assertThat(next.statusCode()).isEqualTo(302);
    assertThat(location(next)).endsWith("/login?ended");
    assertThat(claras.get("/desk").statusCode()).isEqualTo(302);
    assertThat(location(browser().signIn(clara.email(), PASSWORD))).endsWith("/login?error");

    admin.post("/desk/users/" + clara.id() + "/enable", "_csrf", token);
    assertThat(admin.page("/desk/users").selectFirst("[role=status]").text())
        .isEqualTo(clara.email() + " can sign in again.");
    assertThat(location(browser().signIn(clara.email(), PASSWORD))).endsWith("/desk");

    Document log = admin.page("/desk/audit?action=account.role-changed");
    assertThat(log.select("tr[data-action=account.role-changed]").eachText())
        .anySatisfy(row -> assertThat(row).contains(ADMIN, clara.email(), "editor → admin"))
        .anySatisfy(row -> assertThat(row).contains(clara.email(), "admin → editor"));
    assertThat(auditCount("account.disabled", clara.email())).isEqualTo(1);
    assertThat(auditCount("account.enabled", clara.email())).isEqualTo(1);
  }

  @Test
  void anAdministratorCreatesAccountsThatSignIn() {
    Browser admin = signedIn(ADMIN, PASSWORD);
    String token = admin.csrf("/desk/users");
    String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    admin.post(
        "/desk/users",
        "_csrf",
        token,
        "email",
        email,
        "name",
        "Nadia",
        "role",
        "author",
        "password",
        PASSWORD);
    Document users = admin.page("/desk/users");
    assertThat(users.selectFirst("[role=status]").text())
        .isEqualTo("Created author account " + email + ".");
    assertThat(users.selectFirst("tr[data-email=" + email + "]").text()).contains("Nadia");
    assertThat(location(browser().signIn(email, PASSWORD))).endsWith("/desk");
    assertThat(auditCount("account.created", email)).isEqualTo(1);
  }

  @Test
  void editorsCannotAdministerUsers() {
    Account clara = someone(Role.EDITOR);
    Browser editor = signedIn(clara.email(), PASSWORD);
    String token = editor.csrf("/desk/account");

    assertThat(editor.get("/desk/users").statusCode()).isEqualTo(403);
    assertThat(editor.get("/desk/audit").statusCode()).isEqualTo(403);
    assertThat(
            editor
                .post(
                    "/desk/users",
                    "_csrf",
                    token,
                    "email",
                    "x@example.org",
                    "role",
                    "admin",
                    "password",
                    PASSWORD)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            editor
                .post("/desk/users/" + clara.id() + "/role", "_csrf", token, "role", "admin")
                .statusCode())
        .isEqualTo(403);
    assertThat(editor.post("/desk/users/1/disable", "_csrf", token).statusCode()).isEqualTo(403);
    assertThat(registry.find("x@example.org")).isEmpty();
    assertThat(registry.find(clara.email()).orElseThrow().role()).isEqualTo(Role.EDITOR);
  }

  @Test
  void everyStateChangingRequestNeedsACsrfToken() {
    Account clara = someone(Role.EDITOR);
    Browser admin = signedIn(ADMIN, PASSWORD);
    for (String path :
        List.of(
            "/desk/users",
            "/desk/users/" + clara.id() + "/role",
            "/desk/users/" + clara.id() + "/disable",
            "/desk/users/" + clara.id() + "/enable",
            "/desk/users/" + clara.id() + "/two-factor/disable",
            "/desk/account/password",
            "/desk/account/two-factor",
            "/desk/account/two-factor/disable",
            "/login/code",
            "/login",
            "/setup")) {
      assertThat(admin.post(path, "role", "admin", "password", PASSWORD).statusCode())
          .as(path)
          .isEqualTo(403);
    }
    assertThat(registry.find(clara.email()).orElseThrow())
        .extracting(Account::role, Account::disabled)
        .containsExactly(Role.EDITOR, false);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> signIn = browser().signIn(ADMIN, PASSWORD);
    String cookie =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie)
        .as("plain HTTP here; Tomcat adds Secure over HTTPS")
        .doesNotContain("Secure");
    assertThat(auditCount("sign-in", ADMIN)).isPositive();
  }
}
