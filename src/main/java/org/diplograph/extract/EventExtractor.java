package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.Evidence;
import org.diplograph.model.Mention;
import org.diplograph.model.PartialDate;
import org.diplograph.model.ResolvedDoc;
import org.diplograph.model.Sentence;

/**
 * The extract stage: events, posts and memberships of one resolved document. A pure function of the
 * document (the same input gives the same output), so it can run anywhere; thread-safe.
 */
public final class EventExtractor {
  /** Recorded as provenance on every extraction. */
  public static final String VERSION = "diplograph-extractor/0.1";

  private final TriggerMatcher triggers;
  private final AssertionFilter assertions;
  private final PartyRules parties = new PartyRules();
  private final ArgumentReader arguments = new ArgumentReader();
  private final DateResolver dates = new DateResolver();
  private final EventMerger merger = new EventMerger();
  private final RelationReader relations;

  public EventExtractor(Catalog catalog) {
    this.triggers = new TriggerMatcher(catalog);
    this.assertions = new AssertionFilter(catalog.modalityWords());
    this.relations = new RelationReader(catalog);
  }

  /** Everything the document states, ready for its named graph. */
  public DocumentExtraction extract(ResolvedDoc doc) {
    Map<ActorId, Actor> actors = doc.actorsById();
    DocContext ctx = new DocContext(doc.annotated().doc().published());
    List<Event> events = new ArrayList<>();
    List<Sentence> sentences = doc.annotated().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView v = new SentenceView(sentences.get(i), doc.mentions().get(i), actors);
      events.addAll(sentenceEvents(doc, v, ctx));
    }
    List<Actor> kept = doc.actors();
    return new DocumentExtraction(doc.annotated().doc(), kept, merger.merge(events),
        relations.positions(kept), relations.memberships(doc), VERSION);
  }

  private List<Event> sentenceEvents(ResolvedDoc doc, SentenceView v, DocContext ctx) {
    ctx.enterBlock(v.sentence().block());
    List<DateMention> found = dates.find(v.text(), ctx.published, ctx.year);
    List<Event> out = new ArrayList<>();
    Set<Integer> actorStarts = v.mentions().stream().map(Mention::start).collect(Collectors.toSet());
    for (Trigger t : triggers.find(v.text())) {
      if (!assertions.asserted(v.text(), t.start(), actorStarts)) {
        continue;
      }
      for (EventDraft d : parties.apply(v, t, ctx.lastParties)) {
        out.add(toEvent(doc, v, d, dateFor(found, t, ctx)));
        ctx.lastParties = d.parties();
      }
    }
    if (out.isEmpty()) {
      List<ActorId> ps = v.parties(v.arguments(0, v.text().length()));
      if (ps.size() >= 2) {
        ctx.lastParties = ps;
      }
    }
    ctx.remember(found);
    return out;
  }

  private Event toEvent(ResolvedDoc doc, SentenceView v, EventDraft d, Optional<PartialDate> date) {
    Sentence s = v.sentence();
    Evidence evidence = new Evidence(doc.annotated().doc().id(), s.block(), s.start(), s.end(), s.text());
    String text = v.text();
    Trigger t = d.trigger();
    return new Event(t.type(), d.parties(), d.persons(), date,
        arguments.place(text, t).map(p -> original(s, text, p)),
        arguments.name(text, t).map(p -> original(s, text, p)),
        arguments.object(text, t).map(p -> original(s, text, p)),
        t.word(), d.rule(), evidence, date.isPresent() ? d.confidence() : d.confidence() * 0.9);
  }

  /** The document's own spelling of a span found in the simplified text. */
  private static String original(Sentence s, String simplified, String span) {
    int at = simplified.indexOf(span);
    return at < 0 ? span : s.text().substring(at, at + span.length());
  }

  /** The date nearest before the trigger, else after it, else carried from context. */
  private static Optional<PartialDate> dateFor(List<DateMention> found, Trigger t, DocContext ctx) {
    Optional<DateMention> before = found.stream().filter(d -> d.end() <= t.start()).reduce((a, b) -> b);
    Optional<DateMention> after = found.stream().filter(d -> d.start() >= t.end()).findFirst();
    return before.or(() -> after).map(DateMention::date).or(ctx::fallbackDate);
  }

  /** What the extractor remembers while reading one document. */
  private static final class DocContext {
    final Optional<LocalDate> published;
    Optional<Integer> year = Optional.empty();
    Optional<PartialDate> blockDate = Optional.empty();
    List<ActorId> lastParties = List.of();
    int block = -1;

    DocContext(Optional<LocalDate> published) {
      this.published = published;
    }

    void enterBlock(int b) {
      if (b != block) {
        block = b;
        blockDate = Optional.empty();
      }
    }

    void remember(List<DateMention> found) {
      found.stream().filter(DateMention::explicitYear).reduce((a, b) -> b)
          .ifPresent(d -> year = Optional.of(d.date().year()));
      found.stream().reduce((a, b) -> b).ifPresent(d -> blockDate = Optional.of(d.date()));
    }

    Optional<PartialDate> fallbackDate() {
      return blockDate.or(() -> published.map(p -> PartialDate.ofMonth(p.getYear(), p.getMonthValue())));
    }
  }
}
