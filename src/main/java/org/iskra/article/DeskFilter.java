package org.iskra.article;

import java.util.Locale;

/**
 * What the desk's article list shows: one state (a status, or the trash), and optionally one
 * section, one author, one language and words in the title or standfirst.
 *
 * @param state a status code, {@code trashed}, or empty for everything outside the trash
 * @param sectionId 0 for all sections
 * @param authorId 0 for all authors
 * @param language a BCP 47 tag, or empty for all
 * @param text words to look for, or empty
 */
public record DeskFilter(
    String state, long sectionId, long authorId, String language, String text) {

  public static final String TRASHED = "trashed";

  public DeskFilter {
    state = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
    language = language == null ? "" : language.strip();
    text = text == null ? "" : text.strip();
    if (!state.isEmpty() && !state.equals(TRASHED)) {
      state = ArticleStatus.fromCode(state).code();
    }
  }

  public boolean isTrash() {
    return state.equals(TRASHED);
  }

  /** The same filter for every state, to count the states. */
  DeskFilter anyState() {
    return new DeskFilter("", sectionId, authorId, language, text);
  }

  /** The list's address with this filter and page, for links. */
  public String path(String newState, int page) {
    StringBuilder query = new StringBuilder("/desk/articles?");
    if (!newState.isEmpty()) {
      query.append("state=").append(newState).append('&');
    }
    if (sectionId > 0) {
      query.append("section=").append(sectionId).append('&');
    }
    if (authorId > 0) {
      query.append("author=").append(authorId).append('&');
    }
    if (!language.isEmpty()) {
      query.append("language=").append(encode(language)).append('&');
    }
    if (!text.isEmpty()) {
      query.append("q=").append(encode(text)).append('&');
    }
    if (page > 1) {
      query.append("page=").append(page).append('&');
    }
    return query.substring(0, query.length() - 1);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
