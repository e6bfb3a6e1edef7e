package org.iskra.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

class PageNumberTests {

  @Test
  void readsPlainPositiveNumbers() {
    assertThat(PageNumber.parse(null)).isEqualTo(1);
    assertThat(PageNumber.parse("1")).isEqualTo(1);
    assertThat(PageNumber.parse("42")).isEqualTo(42);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "-1", "+2", "1.5", "1e3", "abc", " 2", "9999999", "٣"})
  void anythingElseIsAPageThatDoesNotExist(String raw) {
    assertThatThrownBy(() -> PageNumber.parse(raw))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
  }
}
