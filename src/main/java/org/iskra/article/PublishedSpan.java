package org.iskra.article;

import java.time.Instant;

/** When the first and the last published articles appeared. */
public record PublishedSpan(Instant first, Instant last) {}
