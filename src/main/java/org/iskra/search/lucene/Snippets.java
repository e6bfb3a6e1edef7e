package org.iskra.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.iskra.search.SearchHit.SnippetPart;

/**
 * The snippet of each hit: the passage of about {@link #LENGTH} characters of the standfirst or the
 * body where the query matched, in plain-text parts with the matched words marked (nothing is HTML,
 * templates escape it). Without a match there (a title-only match, a listing), the start of the
 * standfirst, or else of the body.
 */
final class Snippets {

  static final int LENGTH = 200;

  private final TextAnalysis analysis;

  Snippets(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Per document (in the order given) the marked passage, or null where nothing matched. Each
   * language group is highlighted on its own two fields, so that no document is read for fields it
   * cannot have.
   */
  List<List<SnippetPart>> highlight(
      IndexSearcher searcher, Query query, int[] docIds, String[] groups) throws IOException {
    List<List<SnippetPart>> snippets = new ArrayList<>(Collections.nCopies(docIds.length, null));
    Highlighter highlighter = new Highlighter(searcher, analysis);
    for (String group : new LinkedHashSet<>(Arrays.asList(groups))) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < docIds.length; i++) {
        if (group.equals(groups[i])) {
          positions.add(i);
        }
      }
      int[] ids = positions.stream().mapToInt(i -> docIds[i]).toArray();
      String[] fields = {ArticleFields.standfirst(group), ArticleFields.body(group)};
      Map<String, Object[]> found = highlighter.objects(fields, query, ids, new int[] {1, 1});
      for (int n = 0; n < ids.length; n++) {
        for (String field : fields) {
          Object[] values = found.get(field);
          if (values != null && values[n] instanceof List<?> parts && !parts.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<SnippetPart> marked = (List<SnippetPart>) parts;
            snippets.set(positions.get(n), marked);
            break;
          }
        }
      }
    }
    return snippets;
  }

  /** The start of the text, cut at a word near {@link #LENGTH} characters. */
  static List<SnippetPart> opening(String standfirst, String body) {
    String text = standfirst != null && !standfirst.isBlank() ? standfirst : body;
    if (text == null || text.isBlank()) {
      return List.of();
    }
    text = text.strip();
    if (text.length() <= LENGTH) {
      return List.of(new SnippetPart(text, false));
    }
    int cut = text.lastIndexOf(' ', LENGTH);
    if (cut < LENGTH / 2) {
      cut = LENGTH;
    }
    return List.of(new SnippetPart(text.substring(0, cut).stripTrailing() + " …", false));
  }

  private static final class Highlighter extends UnifiedHighlighter {

    Highlighter(IndexSearcher searcher, TextAnalysis analysis) {
      super(
          UnifiedHighlighter.builder(searcher, analysis.indexing())
              .withBreakIterator(
                  () ->
                      // Passages cut between words, not sentences: the JDK's sentence iterator
                      // cost more than the search itself.
                      LengthGoalBreakIterator.createClosestToLength(
                          new CustomSeparatorBreakIterator(' '), LENGTH, 0.3f))
              .withMaxNoHighlightPassages(0)
              .withFormatter(new PartsFormatter()));
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }

  /** Turns Lucene's passages into our parts, keeping about {@link #LENGTH} characters. */
  static final class PartsFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0 || passages[0].getNumMatches() == 0) {
        return null;
      }
      Passage passage = passages[0];
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      int firstMatch = passage.getMatchStarts()[0];
      // Long sentences: a window around the first match, cut at spaces.
      if (end - start > LENGTH + LENGTH / 5) {
        int from = Math.max(start, firstMatch - LENGTH / 4);
        if (from > start) {
          int space = content.indexOf(' ', from);
          from = space >= 0 && space < firstMatch ? space + 1 : from;
        }
        int to = Math.min(end, from + LENGTH);
        int space = content.lastIndexOf(' ', to);
        if (to < end && space > firstMatch) {
          to = space;
        }
        start = from;
        end = Math.max(to, passage.getMatchEnds()[0]);
      }
      List<SnippetPart> parts = new ArrayList<>();
      if (start > passage.getStartOffset()) {
        parts.add(new SnippetPart("… ", false));
      }
      int at = start;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int matchStart = passage.getMatchStarts()[i];
        int matchEnd = passage.getMatchEnds()[i];
        if (matchStart < at || matchEnd > end) {
          continue;
        }
        if (matchStart > at) {
          parts.add(new SnippetPart(content.substring(at, matchStart), false));
        }
        parts.add(new SnippetPart(content.substring(matchStart, matchEnd), true));
        at = matchEnd;
      }
      if (at < end) {
        parts.add(new SnippetPart(content.substring(at, end).stripTrailing(), false));
      }
      if (end < passage.getEndOffset()) {
        parts.add(new SnippetPart(" …", false));
      }
      if (!parts.isEmpty() && !parts.get(0).match() && start == passage.getStartOffset()) {
        parts.set(0, new SnippetPart(parts.get(0).text().stripLeading(), false));
      }
      return parts;
    }
  }
}
