package org.iskra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementTests {

  static final Instant NOV = Instant.parse("2023-11-24T10:00:00Z");

  static Placement in(String section, Instant at, String... more) {
    java.util.Set<String> listings = new java.util.LinkedHashSet<>();
    listings.add("/");
    listings.add(section);
    listings.add("/archive/2023");
    listings.add("/archive/2023/" + (at.equals(NOV) ? "11" : "12"));
    listings.addAll(Set.of(more));
    return new Placement(Set.copyOf(listings), at);
  }

  @Test
  void draftsTouchNothing() {
    assertThat(Placement.purges(7, Placement.NOWHERE, Placement.NOWHERE)).isEmpty();
  }

  @Test
  void publishingTouchesEveryListingItJoinsAndTheIndexes() {
    assertThat(
            Placement.purges(
                7, Placement.NOWHERE, in("/americas", NOV, "/tag/history", "/country/pe")))
        .containsExactlyInAnyOrder(
            "article:7",
            "sitemaps",
            "listing:/",
            "listing:/americas",
            "listing:/archive/2023",
            "listing:/archive/2023/11",
            "listing:/tag/history",
            "listing:/country/pe",
            "listing:/archive",
            "listing:/countries");
  }

  @Test
  void withdrawingTouchesTheListingsItLeaves() {
    assertThat(Placement.purges(7, in("/americas", NOV), Placement.NOWHERE))
        .contains("article:7", "listing:/", "listing:/americas", "listing:/archive")
        .doesNotContain("listing:/countries");
  }

  @Test
  void anEditInPlaceTouchesOnlyThePagesShowingTheArticle() {
    assertThat(Placement.purges(7, in("/americas", NOV), in("/americas", NOV)))
        .containsExactlyInAnyOrder("article:7", "sitemaps");
  }

  @Test
  void aMoveTouchesTheOldAndTheNewSectionButNotTheListingsItStaysIn() {
    assertThat(
            Placement.purges(7, in("/americas", NOV, "/tag/x"), in("/middle-east", NOV, "/tag/x")))
        .containsExactlyInAnyOrder(
            "article:7", "sitemaps", "listing:/americas", "listing:/middle-east");
  }

  @Test
  void aNewDateReordersEveryListingItIsIn() {
    Instant dec = Instant.parse("2023-12-02T10:00:00Z");
    assertThat(Placement.purges(7, in("/americas", NOV), in("/americas", dec)))
        .contains(
            "listing:/",
            "listing:/americas",
            "listing:/archive/2023/11",
            "listing:/archive/2023/12",
            "listing:/archive");
  }
}
