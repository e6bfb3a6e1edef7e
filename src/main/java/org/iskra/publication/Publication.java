package org.iskra.publication;

import java.time.ZoneId;

/** Who is publishing: shown in the masthead, page titles and dates. */
public record Publication(String name, String tagline, String language, ZoneId zone) {}
