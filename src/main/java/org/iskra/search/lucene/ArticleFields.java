package org.iskra.search.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.iskra.search.Facet;
import org.iskra.search.Label;
import org.iskra.search.SearchDocument;

/**
 * The Lucene document of an article: which fields exist, how each is indexed, and the way back from
 * stored fields to our records. Labels are stored as {@code key␟name␟path} and facet values as
 * {@code key␟name}, so that counts carry the name people read without a lookup.
 */
final class ArticleFields {

  static final String ID = "id";
  static final String ID_VALUE = "id_value";
  static final String VERSION = "version";
  static final String GROUP = "group";
  static final String LANGUAGE = "language";
  static final String PATH = "path";
  static final String STATUS = "status";
  static final String SECTION = "section";
  static final String PUBLISHED = "published_ms";
  static final String UPDATED = "updated_ms";

  /** Publication time, or the last change for what was never published: the recency boost. */
  static final String RECENCY = "recency_ms";

  static final String PUBLIC = "public";
  static final String TRUE = "true";
  static final String TAG = "tag";
  static final String AUTHOR = "author";
  static final String SUGGEST_TITLE = "suggest_title";
  static final String SUGGEST_TAG = "suggest_tag";
  static final String SUGGEST_AUTHOR = "suggest_author";

  static final char SEPARATOR = '\u001f';

  private ArticleFields() {}

  static String title(String group) {
    return "title_" + group;
  }

  static String standfirst(String group) {
    return "standfirst_" + group;
  }

  static String body(String group) {
    return "body_" + group;
  }

  static List<String> textFields(String group) {
    return List.of(title(group), standfirst(group), body(group));
  }

  /** Indexed keys, for filters. */
  static String filterField(Facet facet) {
    return "filter_" + facet.parameter();
  }

  /** Doc values of {@code key␟name}, for counting. */
  static String facetField(Facet facet) {
    return "facet_" + facet.parameter();
  }

  static Term idTerm(long articleId) {
    return new Term(ID, Long.toString(articleId));
  }

  /** The workflow state searches see: the trash overrides the status. */
  static String effectiveStatus(SearchDocument document) {
    return document.trashed() ? "trashed" : document.status();
  }

  /**
   * The text fields as indexed since offsets were added: stored, with positions and the character
   * offsets of every word, from which the highlighter marks the words of a snippet. Without them it
   * analysed each hit's text again, about half of the time of a search page.
   */
  static final FieldType TEXT_WITH_OFFSETS;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    TEXT_WITH_OFFSETS = type;
  }

  /**
   * Whether every text field of the index has its words' offsets, as indexes written since they
   * were added do; an index written before must keep its field types until it is rebuilt (Lucene
   * refuses a field whose indexing changes).
   */
  static boolean hasOffsets(FieldInfos fields) {
    for (FieldInfo field : fields) {
      if (isText(field.name)
          && field
                  .getIndexOptions()
                  .compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)
              < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(String field) {
    return field.startsWith(title(""))
        || field.startsWith(standfirst(""))
        || field.startsWith(body(""));
  }

  static Document toDocument(SearchDocument article, boolean offsets) {
    Document doc = new Document();
    String group = TextAnalysis.group(article.language());
    doc.add(new StringField(ID, Long.toString(article.articleId()), Field.Store.YES));
    doc.add(new NumericDocValuesField(ID_VALUE, article.articleId()));
    doc.add(new NumericDocValuesField(VERSION, article.version()));
    doc.add(new StringField(GROUP, group, Field.Store.YES));
    String language = article.language() == null ? "" : article.language();
    doc.add(new StoredField(LANGUAGE, language));
    doc.add(new StoredField(PATH, nullToEmpty(article.path())));
    String status = effectiveStatus(article);
    doc.add(new StoredField(STATUS, nullToEmpty(status)));

    FieldType text = offsets ? TEXT_WITH_OFFSETS : TextField.TYPE_STORED;
    doc.add(new Field(title(group), nullToEmpty(article.title()), text));
    doc.add(new Field(standfirst(group), nullToEmpty(article.standfirst()), text));
    doc.add(new Field(body(group), nullToEmpty(article.body()), text));

    long published = millis(article.publishedAt());
    long updated = millis(article.updatedAt());
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new StoredField(PUBLISHED, published));
    doc.add(new NumericDocValuesField(UPDATED, updated));
    doc.add(new StoredField(UPDATED, updated));
    doc.add(new NumericDocValuesField(RECENCY, published != 0 ? published : updated));

    if (article.section() != null) {
      doc.add(new StoredField(SECTION, encode(article.section())));
      facet(doc, Facet.SECTION, article.section().key(), article.section().name());
    }
    for (Label country : article.countries()) {
      facet(doc, Facet.COUNTRY, country.key(), country.name());
    }
    for (Label tag : article.tags()) {
      facet(doc, Facet.TAG, tag.key(), tag.name());
      doc.add(new StoredField(TAG, encode(tag)));
    }
    for (Label author : article.authors()) {
      facet(doc, Facet.AUTHOR, author.key(), author.name());
      doc.add(new StoredField(AUTHOR, encode(author)));
    }
    if (!language.isEmpty()) {
      facet(doc, Facet.LANGUAGE, language, languageName(language));
    }
    if (article.year() > 0) {
      String year = Integer.toString(article.year());
      facet(doc, Facet.YEAR, year, year);
    }
    if (status != null) {
      facet(doc, Facet.STATUS, status, status);
    }

    if (article.isPublic()) {
      doc.add(new StringField(PUBLIC, TRUE, Field.Store.NO));
      doc.add(new TextField(SUGGEST_TITLE, nullToEmpty(article.title()), Field.Store.NO));
      for (Label tag : article.tags()) {
        doc.add(new TextField(SUGGEST_TAG, nullToEmpty(tag.name()), Field.Store.NO));
      }
      for (Label author : article.authors()) {
        doc.add(new TextField(SUGGEST_AUTHOR, nullToEmpty(author.name()), Field.Store.NO));
      }
    }
    return doc;
  }

  private static void facet(Document doc, Facet facet, String key, String name) {
    if (key == null || key.isEmpty()) {
      return;
    }
    doc.add(new StringField(filterField(facet), key, Field.Store.NO));
    String value = key + SEPARATOR + (name == null || name.isEmpty() ? key : name);
    doc.add(new SortedSetDocValuesField(facetField(facet), new BytesRef(value)));
  }

  /** The language's own name, capitalised: "English", "Español", "Português"… */
  static String languageName(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayLanguage(locale);
    if (name.isEmpty()) {
      return tag;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  static String encode(Label label) {
    return nullToEmpty(label.key())
        + SEPARATOR
        + nullToEmpty(label.name())
        + SEPARATOR
        + nullToEmpty(label.path());
  }

  static Label decodeLabel(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(String.valueOf(SEPARATOR), -1);
    return new Label(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
  }

  static List<Label> decodeLabels(String[] values) {
    List<Label> labels = new ArrayList<>(values.length);
    for (String value : values) {
      labels.add(decodeLabel(value));
    }
    return labels;
  }

  static Instant instant(long millis) {
    return millis == 0 ? null : Instant.ofEpochMilli(millis);
  }

  private static long millis(Instant instant) {
    return instant == null ? 0 : instant.toEpochMilli();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
