package org.iskra.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTests {

  private final Countries countries = new Countries();

  @Test
  void shipsTheWholeIso3166List() {
    assertThat(countries.listAll()).hasSize(249);
    assertThat(countries.get("pe")).isEqualTo(new Country("PE", "Peru", "Americas"));
    assertThat(countries.get("PS").region()).isEqualTo("Middle East");
    assertThat(countries.get("CI").name()).isEqualTo("Côte d'Ivoire");
    assertThat(countries.find("ZZ")).isEmpty();
    assertThat(countries.find(null)).isEmpty();
  }

  @Test
  void groupsByRegionInAFixedOrderWithNamesSorted() {
    var grouped =
        countries.groupByRegion(countries.listByCodes(List.of("VE", "AR", "IL", "DE", "XX")));
    assertThat(grouped.keySet()).containsExactly("Americas", "Europe", "Middle East");
    assertThat(grouped.get("Americas"))
        .extracting(Country::name)
        .containsExactly("Argentina", "Venezuela");
  }
}
