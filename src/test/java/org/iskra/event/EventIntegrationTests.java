package org.iskra.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.iskra.account.AccountRegistry;
import org.iskra.account.Role;
import org.iskra.site.SiteClient;
import org.iskra.testing.DeskClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events over real HTTP on each store: the demo event and its article linked both ways, upcoming
 * and past listings, JSON-LD, and iCalendar feeds parsed with ical4j across a daylight-saving
 * change.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.hikari.maximum-pool-size=4")
// Closed after the class, and with a small pool: the shared PostgreSQL server has a hundred
// connection slots for every cached test context.
@DirtiesContext
abstract class EventIntegrationTests {

  static final String PASSWORD = "a long enough passphrase";
  static final String DEMO = "/events/14th-montreal-marxist-winter-school";

  @LocalServerPort int port;
  @Autowired AccountRegistry accounts;
  @Autowired EventCalendar calendar;

  @BeforeEach
  void people() {
    for (Role role : Role.values()) {
      String email = role.code() + "@example.org";
      if (accounts.find(email).isEmpty()) {
        accounts.create(email, role.code(), role, PASSWORD);
      }
    }
  }

  SiteClient site() {
    return new SiteClient(port);
  }

  static List<VEvent> parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    return calendar.getComponents().stream()
        .filter(VEvent.class::isInstance)
        .map(VEvent.class::cast)
        .toList();
  }

  static Instant start(VEvent event) {
    Temporal date = event.getStartDate().orElseThrow().getDate();
    return Instant.from(date);
  }

  static Instant end(VEvent event) {
    Temporal date = event.getEndDate().orElseThrow().getDate();
    return Instant.from(date);
  }

  @Test
  void ofManyArticlesOnlyThoseLinkedToAnEventAreNamed() {
    List<Long> linked =
        calendar.all().stream().flatMap(event -> event.articleIds().stream()).distinct().toList();
    assertThat(linked).isNotEmpty();
    List<Long> asked = new java.util.ArrayList<>(linked);
    asked.add(Long.MAX_VALUE);
    assertThat(calendar.articlesWithEvents(asked)).containsExactlyInAnyOrderElementsOf(linked);
    assertThat(calendar.articlesWithEvents(List.of(Long.MAX_VALUE))).isEmpty();
    assertThat(calendar.articlesWithEvents(List.of())).isEmpty();
  }

  @Test
  void theDemoEventAndItsArticleLinkToEachOther() throws Exception {
    SiteClient.Page page = site().get(DEMO);
    assertThat(page.status()).isEqualTo(200);
    String article = page.html().selectFirst(".more a[href^=/americas/]").attr("href");
    assertThat(article).startsWith("/americas/14th-montreal-marxist-winter-school");
    assertThat(site().get(article).html().selectFirst(".event-box__title a").attr("href"))
        .isEqualTo(DEMO);

    JsonNode data =
        JsonMapper.builder()
            .build()
            .readTree(page.html().selectFirst("script[type=application/ld+json]").data());
    assertThat(data.get("@type").asString()).isEqualTo("Event");
    assertThat(data.get("name").asString()).isEqualTo("14th Montreal Marxist Winter School");
    assertThat(data.get("startDate").asString()).isEqualTo("2024-02-17T09:00-05:00");
    assertThat(data.get("endDate").asString()).isEqualTo("2024-02-18T17:00-05:00");
    assertThat(data.get("location").get("name").asString()).isEqualTo("Montreal, Quebec, Canada");
    assertThat(data.get("organizer").get("name").asString()).isEqualTo("Fightback / La Riposte");

    assertThat(site().get("/events/past").html().select(".event-teaser__title a").eachAttr("href"))
        .contains(DEMO);
    assertThat(site().get("/events").html().select(".event-teaser__title a").eachAttr("href"))
        .doesNotContain(DEMO);

    SiteClient.Page ics = site().get(DEMO + ".ics");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.header("Content-Type")).startsWith("text/calendar");
    List<VEvent> events = parse(ics.response().body());
    assertThat(events).hasSize(1);
    assertThat(start(events.getFirst())).isEqualTo(Instant.parse("2024-02-17T14:00:00Z"));
    assertThat(end(events.getFirst())).isEqualTo(Instant.parse("2024-02-18T22:00:00Z"));
    assertThat(site().get("/events/no-such-event.ics").status()).isEqualTo(404);
  }

  @Test
  void anEventOverTheDaylightSavingChangeKeepsItsLocalTimesInCalendars() throws Exception {
    DeskClient author = new DeskClient(port).signIn("author@example.org", PASSWORD);
    Map<String, String> form =
        Map.of(
            "title", "Spring forward school",
            "description", "Two days; clocks change overnight.",
            "start", "2027-03-13T10:00",
            "end", "2027-03-14T16:00",
            "zone", "America/Toronto",
            "venue", "Toronto, Ontario, Canada",
            "organiser", "Fightback");
    assertThat(author.submit("/desk/events", form).statusCode()).isEqualTo(403);
    DeskClient editor = new DeskClient(port).signIn("editor@example.org", PASSWORD);
    HttpResponse<String> created = editor.submit("/desk/events", form);
    assertThat(created.statusCode()).isEqualTo(302);

    assertThat(site().get("/events").html().select(".event-teaser__title a").eachAttr("href"))
        .contains("/events/spring-forward-school");
    List<VEvent> all = parse(site().get("/events.ics").response().body());
    VEvent event =
        all.stream()
            .filter(e -> e.getSummary().getValue().equals("Spring forward school"))
            .findFirst()
            .orElseThrow();
    // 10:00 EST (UTC-5) on Saturday; 16:00 EDT (UTC-4) on Sunday, after the clocks went forward.
    assertThat(start(event)).isEqualTo(Instant.parse("2027-03-13T15:00:00Z"));
    assertThat(end(event)).isEqualTo(Instant.parse("2027-03-14T20:00:00Z"));
    assertThat(all).hasSizeGreaterThanOrEqualTo(2);
    JsonNode data =
        JsonMapper.builder()
            .build()
            .readTree(
                site()
                    .get("/events/spring-forward-school")
                    .html()
                    .selectFirst("script[type=application/ld+json]")
                    .data());
    assertThat(data.get("endDate").asString()).isEqualTo("2027-03-14T16:00-04:00");
  }
}
