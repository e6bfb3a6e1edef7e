package org.iskra.publication;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publication's language editions ({@code iskra.publication.editions=en,es,pt,fr}): BCP 47
 * tags, each an edition under its own prefix ({@code /es}); the publication's own language is the
 * edition at the root whether it is listed or not. Empty: one edition, at the root.
 */
@ConfigurationProperties("iskra.publication")
public record EditionSettings(@DefaultValue("") List<String> editions) {

  public EditionSettings {
    editions = editions == null ? List.of() : List.copyOf(editions);
  }
}
