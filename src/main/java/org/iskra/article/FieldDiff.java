package org.iskra.article;

import java.util.List;

/** One field of a comparison; unchanged fields are kept so that the view can show them quietly. */
public record FieldDiff(String field, List<TextDiff.Segment> segments, boolean changed) {}
