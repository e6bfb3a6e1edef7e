package org.iskra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandArgumentsTests {

  @Test
  void readsPositionalValuesAndOptionsInBothSpellings() {
    CommandArguments args =
        CommandArguments.parse(
            List.of("file.txt", "--section", "americas", "--status=draft"),
            Set.of("section", "status"));
    assertThat(args.positional()).containsExactly("file.txt");
    assertThat(args.option("section")).contains("americas");
    assertThat(args.option("status")).contains("draft");
    assertThat(args.option("other")).isEmpty();
  }

  @Test
  void refusesUnknownRepeatedAndEmptyOptions() {
    assertThatThrownBy(() -> CommandArguments.parse(List.of("--nope", "x"), Set.of("section")))
        .hasMessage("Unknown option --nope");
    assertThatThrownBy(
            () ->
                CommandArguments.parse(List.of("--section", "a", "--section=b"), Set.of("section")))
        .hasMessage("Option --section is given twice");
    assertThatThrownBy(() -> CommandArguments.parse(List.of("--section"), Set.of("section")))
        .hasMessage("Option --section needs a value");
  }
}
