package org.iskra.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iskra.account.Account;
import org.springframework.stereotype.Component;

/** Builds the editor's {@link TranslationPanel}: two or three queries whatever the group's size. */
@Component
class TranslationPanels {

  private final Translations translations;
  private final ArticlePublisher publisher;
  private final EditionLanguages editions;

  TranslationPanels(
      Translations translations, ArticlePublisher publisher, EditionLanguages editions) {
    this.translations = translations;
    this.publisher = publisher;
    this.editions = editions;
  }

  /** The panel of a stored article. */
  TranslationPanel of(Account me, Article article) {
    List<Translations.Member> group = translations.listGroup(article.translationGroup());
    Optional<Translations.Link> link = translations.find(article.id());
    Article original =
        link.map(l -> publisher.get(l.originalId()))
            .filter(o -> ArticlePolicy.canRead(me, o))
            .orElse(null);
    boolean outOfDate = link.map(Translations.Link::outOfDate).orElse(false);
    return new TranslationPanel(
        original,
        link.isPresent(),
        false,
        outOfDate,
        outOfDate && original != null ? changes(link.get().source(), original) : List.of(),
        original == null ? 0 : original.version(),
        link.map(Translations.Link::syncedAt).orElse(null),
        link.map(Translations.Link::syncedBy).orElse(""),
        siblings(group, article.id()),
        ArticlePolicy.canTranslate(me, article) ? offer(group) : List.of(),
        ArticlePolicy.canTranslate(me, article));
  }

  /** The panel of a translation being started from {@code original}. */
  TranslationPanel starting(Article original) {
    List<Translations.Member> group = translations.listGroup(original.translationGroup());
    return new TranslationPanel(
        original,
        true,
        true,
        false,
        List.of(),
        original.version(),
        null,
        "",
        siblings(group, 0),
        List.of(),
        false);
  }

  /** The edition languages this group has no article in. */
  List<TranslationPanel.Language> offer(List<Translations.Member> group) {
    Set<String> present =
        group.stream().map(Translations.Member::language).collect(Collectors.toSet());
    return editions.list().stream()
        .filter(tag -> !present.contains(tag))
        .map(tag -> new TranslationPanel.Language(tag, EditionLanguages.nameOf(tag)))
        .toList();
  }

  List<Translations.Member> group(Article article) {
    return translations.listGroup(article.translationGroup());
  }

  private static List<TranslationPanel.Sibling> siblings(
      List<Translations.Member> group, long self) {
    return group.stream()
        .filter(member -> member.id() != self)
        .map(
            member ->
                new TranslationPanel.Sibling(
                    member.id(),
                    member.language(),
                    member.title(),
                    member.status(),
                    member.originalId() == 0,
                    member.outOfDate()))
        .toList();
  }

  /** The original's text then (what the translation renders) against now. */
  private static List<FieldDiff> changes(Translations.Source then, Article now) {
    List<FieldDiff> fields = new ArrayList<>();
    add(fields, "Title", then.title(), now.title());
    add(fields, "Standfirst", then.standfirst(), now.standfirst());
    add(fields, "Body", TextDiff.bodyText(then.body()), TextDiff.bodyText(now.body()));
    return fields;
  }

  private static void add(List<FieldDiff> fields, String name, String older, String newer) {
    List<TextDiff.Segment> segments = TextDiff.of(older, newer);
    fields.add(new FieldDiff(name, segments, TextDiff.changed(segments)));
  }
}
