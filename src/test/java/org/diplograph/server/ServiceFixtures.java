package org.diplograph.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.SampleExtractions;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Evidence;
import org.diplograph.model.NerTag;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;
import org.diplograph.model.Token;
import org.diplograph.nlp.TokenAnnotator;

/**
 * A small store for the service tests: the graph tests' sample documents plus a third document that
 * reports the same JPN–USA meeting of 2023-03-11 (so one event has two sources) and a partnership
 * upgrade between USA and VNM, whose evidence carries markup that must stay text.
 */
public final class ServiceFixtures {
  public static final String ECHO_DOC = "002_echo";
  public static final String HOSTILE_SENTENCE = "<img src=x onerror=alert(1)>美越两国3月将关系提升为全面战略伙伴关系。";

  /** A tokenizer for tests without the models: one word a character, all nouns, no named entities. */
  public static final TokenAnnotator EACH_CHARACTER_A_WORD = sentence -> {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      tokens.add(new Token(sentence.substring(i, i + 1), "NN", NerTag.O, i, i + 1));
    }
    return tokens;
  };

  private ServiceFixtures() {}

  /** Creates the store in {@code dir} and fills it, occurrences included. */
  public static GraphStore store(Path dir) {
    GraphStore store = GraphStore.open(dir);
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.traditional());
    store.replaceDocument(echo());
    store.rebuildOccurrences();
    return store;
  }

  static DocumentExtraction echo() {
    ActorId jpn = ActorId.country("JPN");
    ActorId usa = ActorId.country("USA");
    ActorId vnm = ActorId.country("VNM");
    String meetSentence = "3月11日，日美两国在东京举行磋商。";
    SourceDoc doc = new SourceDoc(ECHO_DOC, "test/002.txt", Optional.of("https://news.example.org/2023/03/13"),
        "日美磋商", Optional.of(LocalDate.of(2023, 3, 13)), Optional.of("news.example.org"),
        Script.SIMPLIFIED, List.of(meetSentence, HOSTILE_SENTENCE), "c0ffee");
    Event meet = new Event(EventType.MEET, List.of(jpn, usa), List.of(), Optional.of(PartialDate.ofDay(2023, 3, 11)),
        Optional.of("东京"), Optional.empty(), Optional.empty(), "举行", "light-verb",
        new Evidence(ECHO_DOC, 1, 0, meetSentence.length(), meetSentence), 0.8);
    Event upgrade = new Event(EventType.UPGRADE_PARTNERSHIP, List.of(usa, vnm), List.of(),
        Optional.of(PartialDate.ofMonth(2023, 3)), Optional.empty(), Optional.empty(), Optional.of("全面战略伙伴关系"),
        "提升为", "verb", new Evidence(ECHO_DOC, 2, 0, HOSTILE_SENTENCE.length(), HOSTILE_SENTENCE), 0.8);
    List<Actor> actors = List.of(
        new Actor(jpn, Set.of("日本"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(usa, Set.of("美国"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(vnm, Set.of("越南"), Optional.empty(), Optional.empty(), 1.0));
    return new DocumentExtraction(doc, actors, List.of(meet, upgrade), List.of(), List.of(), "0.1.0-test");
  }
}
