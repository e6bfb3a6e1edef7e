package org.iskra.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity a new publication starts with ({@code iskra.publication.*}); once saved in the
 * store, the stored values win, so that editors can change them without a restart.
 */
@ConfigurationProperties("iskra.publication")
public record PublicationDefaults(
    @DefaultValue("Iskra") String name,
    @DefaultValue("Independent news and analysis") String tagline,
    @DefaultValue("en") String language,
    @DefaultValue("UTC") String timezone) {}
