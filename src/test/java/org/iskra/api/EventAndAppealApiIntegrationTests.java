package org.iskra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.article.EditorialAction;
import org.iskra.article.EditorialWorkflow;
import org.iskra.campaign.Appeal;
import org.iskra.campaign.Fundraising;
import org.iskra.event.EventCalendar;
import org.iskra.event.EventDraft;
import org.iskra.section.Sections;
import org.iskra.store.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events and appeals in the Content API over real HTTP on each store: every filter, both sorts,
 * paging to the end, fields and includes, only published linked articles, money in minor units, and
 * problems naming the parameter.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"iskra.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=4"})
// Closed after the class, with a small pool: the shared PostgreSQL server has a hundred slots.
@DirtiesContext
abstract class EventAndAppealApiIntegrationTests {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final ZoneId LIMA = ZoneId.of("America/Lima");

  static void properties(DynamicPropertyRegistry registry, TestDatabases.Kind kind) {
    TestDatabases.emptyDatabaseProperties(kind).forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired Sections sections;
  @Autowired EditorialWorkflow workflow;
  @Autowired EventCalendar calendar;
  @Autowired Fundraising fundraising;
  @Autowired ApiCredentials credentials;

  final HttpClient http = HttpClient.newHttpClient();
  String key;

  @BeforeEach
  void fixtures() {
    if (accounts.find("editor@example.org").isEmpty()) {
      Account editor =
          accounts.create("editor@example.org", "editor", Role.EDITOR, "a long enough passphrase");
      long world = sections.save("world", "World", "", 1).id();
      long march =
          ApiFixtures.published(
              workflow,
              editor,
              ApiFixtures.edit("March in Lima", "es", world, List.of(), List.of(), List.of("PE")),
              "2026-01-01T10:00:00Z");
      long congress =
          ApiFixtures.published(
              workflow,
              editor,
              ApiFixtures.edit("Congress called", "en", world, List.of(), List.of(), List.of()),
              "2026-01-02T10:00:00Z");
      long draft =
          workflow
              .start(
                  editor,
                  ApiFixtures.edit("Draft notes", "en", world, List.of(), List.of(), List.of()),
                  EditorialAction.SAVE,
                  null)
              .id();
      event("Ongoing festival", "2020-01-01T09:00", "2099-12-31T18:00", List.of());
      event("Past forum", "2020-03-01T10:00", "2020-03-01T12:00", List.of(march, draft));
      event("Archive day", "2021-05-01T09:00", "2021-05-02T17:00", List.of());
      event("Future congress", "2098-06-01T09:00", "2098-06-01T17:00", List.of(congress));
      event("Far future", "2099-06-01T09:00", "2099-06-01T17:00", List.of());

      Appeal closed =
          fundraising.create(
              "Closed fund",
              "Over.",
              "1000.00",
              "USD",
              Instant.parse("2020-01-01T00:00:00Z"),
              Instant.parse("2020-12-31T00:00:00Z"));
      fundraising.recordPayment("pay_c1", closed.slug(), 2500, "USD", "Somebody Private");
      Appeal active =
          fundraising.create(
              "Active fund",
              "Give now.",
              "500.00",
              "EUR",
              Instant.parse("2025-01-01T00:00:00Z"),
              null);
      fundraising.recordPayment("pay_a1", active.slug(), 10000, "EUR", "Somebody Private");
      fundraising.recordPayment("pay_a2", active.slug(), 5050, "EUR", "Another Private");
      fundraising.recordRefund("re_a2", "pay_a2", 50, "EUR");
      fundraising.link(march, active.id());
      fundraising.link(draft, active.id());
      fundraising.create(
          "Upcoming fund", "", "300.00", "EUR", Instant.parse("2099-01-01T00:00:00Z"), null);
    }
    key = credentials.issueKey("tests", 100_000, "", "editor@example.org").secret();
  }

  void event(String title, String start, String end, List<Long> articles) {
    calendar.create(
        new EventDraft(
            title,
            "About " + title + ".",
            LocalDateTime.parse(start),
            LocalDateTime.parse(end),
            LIMA,
            "Plaza San Martín",
            "",
            "Iskra",
            articles));
  }

  HttpResponse<String> content(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Authorization", "Key " + key)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode ok(String path) {
    HttpResponse<String> response = content(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  List<String> names(String path, String member) {
    List<String> names = new ArrayList<>();
    ok(path).get("data").forEach(item -> names.add(item.get(member).asString()));
    return names;
  }

  /** Follows {@code next} to the end; returns every item's member and the number of pages. */
  List<String> allPages(String first, String member, int expectedPages) {
    List<String> seen = new ArrayList<>();
    String next = first;
    int pages = 0;
    while (next != null) {
      JsonNode page = ok(next);
      page.get("data").forEach(item -> seen.add(item.get(member).asString()));
      pages++;
      next = page.get("next").isNull() ? null : page.get("next").asString();
    }
    assertThat(pages).as("pages of " + first).isEqualTo(expectedPages);
    return seen;
  }

  void assertProblem(String path, int status, String field, String detail) {
    HttpResponse<String> response = content(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).contains(detail);
    if (field != null) {
      assertThat(problem.get("field").asString()).isEqualTo(field);
    }
  }

  // ---- Events ---------------------------------------------------------------------------------

  @Test
  void eventsAreChosenByTimingAndWindowAndSortedBothWays() {
    assertThat(names("/api/content/v1/events", "title"))
        .containsExactly(
            "Ongoing festival", "Past forum", "Archive day", "Future congress", "Far future");
    assertThat(names("/api/content/v1/events?when=upcoming", "title"))
        .as("an event under way is upcoming, as on /events")
        .containsExactly("Ongoing festival", "Future congress", "Far future");
    assertThat(names("/api/content/v1/events?when=past", "title"))
        .as("latest first by default, as on /events/past")
        .containsExactly("Archive day", "Past forum");
    assertThat(names("/api/content/v1/events?when=past&sort=startsAt", "title"))
        .containsExactly("Past forum", "Archive day");
    assertThat(names("/api/content/v1/events?from=2021-05-02&until=2098-07-01", "title"))
        .as("events taking place, at least partly, in the window")
        .containsExactly("Ongoing festival", "Archive day", "Future congress");
    assertThat(
            names(
                "/api/content/v1/events?from=2098-06-01T17:00:00Z&until=2099-06-01T14:00:00Z",
                "title"))
        .containsExactly("Ongoing festival", "Future congress");
    assertThat(names("/api/content/v1/events?sort=-startsAt&when=all", "title"))
        .containsExactly(
            "Far future", "Future congress", "Archive day", "Past forum", "Ongoing festival");
  }

  @Test
  void eventPagesReachTheEndOnceEach() {
    for (String sort : List.of("startsAt", "-startsAt")) {
      List<String> seen = allPages("/api/content/v1/events?limit=2&sort=" + sort, "title", 3);
      assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }
    assertThat(allPages("/api/content/v1/events?when=upcoming&limit=1&fields=title", "title", 3))
        .containsExactly("Ongoing festival", "Future congress", "Far future");
    JsonNode last = ok("/api/content/v1/events?limit=5");
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(last.get("nextCursor").isNull()).isTrue();
  }

  @Test
  void anEventShowsLocalTimesAndOnlyPublishedArticles() {
    JsonNode forum =
        ok("/api/content/v1/events?when=past&sort=startsAt&limit=1&include=articles")
            .get("data")
            .get(0);
    assertThat(forum.get("title").asString()).isEqualTo("Past forum");
    assertThat(forum.get("timeZone").asString()).isEqualTo("America/Lima");
    assertThat(forum.get("startsAt").asString()).isEqualTo("2020-03-01T15:00:00Z");
    assertThat(forum.get("localStart").asString()).isEqualTo("2020-03-01T10:00-05:00");
    assertThat(forum.get("url").asString()).endsWith("/events/past-forum");
    assertThat(forum.get("calendarUrl").asString()).endsWith("/events/past-forum.ics");
    assertThat(forum.get("articleIds")).hasSize(1);
    assertThat(forum.get("articles")).hasSize(1);
    assertThat(forum.get("articles").get(0).get("title").asString()).isEqualTo("March in Lima");
    assertThat(forum.get("articles").get(0).get("id").asLong())
        .isEqualTo(forum.get("articleIds").get(0).asLong());
    assertThat(forum.toString()).doesNotContain("Draft notes");

    long id = forum.get("id").asLong();
    JsonNode one = ok("/api/content/v1/events/" + id + "?fields=title,localEnd");
    assertThat(one.propertyNames()).containsExactly("id", "title", "localEnd");
    assertThat(one.get("localEnd").asString()).isEqualTo("2020-03-01T12:00-05:00");
    assertThat(ok("/api/content/v1/events/" + id).get("venue").asString())
        .isEqualTo("Plaza San Martín");
  }

  @Test
  void badEventParametersAndUnknownEventsAreProblems() {
    assertProblem("/api/content/v1/events/999999", 404, null, "No event with id 999999");
    assertProblem("/api/content/v1/events/abc", 400, "id", "Parameter 'id'");
    assertProblem("/api/content/v1/events?when=soon", 400, "when", "when: one of all, upcoming");
    assertProblem("/api/content/v1/events?from=yesterday", 400, "from", "from:");
    assertProblem("/api/content/v1/events?until=2026-13-01", 400, "until", "until:");
    assertProblem("/api/content/v1/events?sort=title", 400, "sort", "sort:");
    assertProblem("/api/content/v1/events?limit=0", 400, "limit", "between 1 and 100");
    assertProblem("/api/content/v1/events?limit=many", 400, "limit", "Parameter 'limit'");
    assertProblem("/api/content/v1/events?fields=title,secret", 400, "fields", "'secret'");
    assertProblem("/api/content/v1/events?include=authors", 400, "include", "'authors'");
    assertProblem("/api/content/v1/events?cursor=bm9uc2Vuc2U", 400, "cursor", "cursor:");
    String cursor = ok("/api/content/v1/events?limit=1").get("nextCursor").asString();
    assertProblem(
        "/api/content/v1/events?sort=-startsAt&cursor=" + cursor, 400, "cursor", "same sort");
  }

  // ---- Appeals --------------------------------------------------------------------------------

  @Test
  void appealsAreChosenByStatusAndPagedToTheEnd() {
    assertThat(names("/api/content/v1/appeals", "name"))
        .containsExactly("Upcoming fund", "Active fund", "Closed fund");
    assertThat(names("/api/content/v1/appeals?sort=startsAt", "name"))
        .containsExactly("Closed fund", "Active fund", "Upcoming fund");
    assertThat(names("/api/content/v1/appeals?status=active", "name"))
        .containsExactly("Active fund");
    assertThat(names("/api/content/v1/appeals?status=closed", "name"))
        .containsExactly("Closed fund");
    assertThat(names("/api/content/v1/appeals?status=upcoming", "name"))
        .containsExactly("Upcoming fund");
    for (String sort : List.of("startsAt", "-startsAt")) {
      assertThat(allPages("/api/content/v1/appeals?limit=1&sort=" + sort, "name", 3))
          .hasSize(3)
          .doesNotHaveDuplicates();
    }
    assertThat(allPages("/api/content/v1/appeals?limit=2&fields=status", "status", 2))
        .containsExactly("upcoming", "active", "closed");
  }

  @Test
  void anAppealShowsItsMoneyInMinorUnitsAndNoDonor() {
    HttpResponse<String> listing = content("/api/content/v1/appeals?include=articles");
    assertThat(listing.body()).doesNotContain("Private").doesNotContain("pay_");
    JsonNode active = JSON.readTree(listing.body()).get("data").get(1);
    assertThat(active.get("name").asString()).isEqualTo("Active fund");
    assertThat(active.get("status").asString()).isEqualTo("active");
    assertThat(active.get("currency").asString()).isEqualTo("EUR");
    assertThat(active.get("targetMinor").asLong()).isEqualTo(50_000);
    assertThat(active.get("raisedMinor").asLong()).isEqualTo(15_000);
    assertThat(active.get("donations").asLong()).isEqualTo(2);
    assertThat(active.get("percentage").asInt()).isEqualTo(30);
    assertThat(active.get("endsAt").isNull()).isTrue();
    assertThat(active.get("url").asString()).endsWith("/appeals/active-fund");
    assertThat(active.get("articleIds")).hasSize(1);
    assertThat(active.get("articles").get(0).get("title").asString()).isEqualTo("March in Lima");

    JsonNode closed =
        ok("/api/content/v1/appeals?status=closed&fields=raisedMinor,currency,status")
            .get("data")
            .get(0);
    assertThat(closed.get("raisedMinor").asLong()).isEqualTo(2500);
    assertThat(closed.propertyNames()).containsExactly("id", "status", "currency", "raisedMinor");
    assertThat(closed.get("status").asString()).isEqualTo("closed");
    assertThat(closed.get("currency").asString()).isEqualTo("USD");
  }

  @Test
  void badAppealParametersAndUnknownAppealsAreProblems() {
    assertProblem("/api/content/v1/appeals/999999", 404, null, "No appeal with id 999999");
    assertProblem("/api/content/v1/appeals/x", 400, "id", "Parameter 'id'");
    assertProblem("/api/content/v1/appeals?status=open", 400, "status", "upcoming, active");
    assertProblem("/api/content/v1/appeals?sort=-raised", 400, "sort", "sort:");
    assertProblem("/api/content/v1/appeals?limit=101", 400, "limit", "between 1 and 100");
    assertProblem("/api/content/v1/appeals?fields=donors", 400, "fields", "'donors'");
    assertProblem("/api/content/v1/appeals?include=donations", 400, "include", "'donations'");
    assertProblem("/api/content/v1/appeals?cursor=abc", 400, "cursor", "cursor:");
    assertThat(anonymous("/api/content/v1/appeals")).isEqualTo(401);
    assertThat(anonymous("/api/content/v1/events/1")).isEqualTo(401);
  }

  int anonymous(String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
