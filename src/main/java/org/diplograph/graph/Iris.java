package org.diplograph.graph;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.escape.Escaper;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.net.UrlEscapers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.diplograph.model.ActorId;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Evidence;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Position;

/**
 * The one factory of instance IRIs, all under {@value #ID}. Names are percent-encoded as UTF-8
 * path segments (岸田文雄 → {@code %E5%B2%B8…}); nodes without a natural key get a hex hash of their
 * content, so the same input gives the same IRI on every run. Stateless and thread-safe.
 */
public final class Iris {
  /** The namespace of instances. */
  public static final String ID = "https://w3id.org/diplograph/id/";

  /** The concept scheme of event types. */
  public static final String EVENT_TYPE_SCHEME = ID + "eventtype";

  /** The named graph holding the ontology and the curated catalog. */
  public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";

  /**
   * The derived named graph of occurrences: the documents' events merged across documents, rebuilt
   * from the documents' graphs by {@link GraphStore#rebuildOccurrences()}.
   */
  public static final String OCCURRENCE_GRAPH = ID + "graph/occurrences";

  private static final Escaper SEGMENT = UrlEscapers.urlPathSegmentEscaper();

  private Iris() {}

  /**
   * The IRI of an actor: {@code id/country/JPN}, {@code id/org/NATO}, {@code id/person/<name>},
   * {@code id/gov/<name>}.
   */
  public static String actor(ActorId id) {
    String kind =
        switch (id.type()) {
          case COUNTRY -> "country/";
          case ORGANIZATION -> "org/";
          case PERSON -> "person/";
          case GOVERNMENT_BODY -> "gov/";
        };
    return ID + kind + SEGMENT.escape(id.key());
  }

  /**
   * The actor an IRI made by {@link #actor} names; empty when {@code iri} is not an actor IRI.
   * The inverse of {@link #actor}.
   */
  public static Optional<ActorId> parseActor(String iri) {
    if (!iri.startsWith(ID)) {
      return Optional.empty();
    }
    String rest = iri.substring(ID.length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      return Optional.empty();
    }
    String key = decodeSegment(rest.substring(slash + 1));
    try {
      return switch (rest.substring(0, slash)) {
        case "country" -> Optional.of(ActorId.country(key));
        case "org" -> Optional.of(ActorId.organization(key));
        case "person" -> Optional.of(ActorId.person(key));
        case "gov" -> Optional.of(ActorId.governmentBody(key));
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // e.g. a country IRI whose key is not an ISO code
    }
  }

  /** The IRI of a document, which also names the graph of what was extracted from it. */
  public static String document(String docId) {
    checkArgument(!docId.isBlank(), "blank document id");
    return ID + "doc/" + SEGMENT.escape(docId);
  }

  /**
   * The IRI of an event of a document: a hash of its type, its parties (sorted for undirected types,
   * in order for directed ones), its date, its evidence sentence and the document id.
   */
  public static String event(Event event, String docId) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, event.type().name());
    List<ActorId> parties = event.partyKey();
    h.putInt(parties.size());
    parties.forEach(p -> put(h, p.gold()));
    put(h, event.date().map(PartialDate::iso).orElse(""));
    put(h, event.evidence().sentence());
    put(h, docId);
    return ID + "event/" + hex(h);
  }

  /**
   * The IRI of an occurrence, a real-world event reported by one or more documents: a hash of its
   * type, its party key (sorted for undirected types, source then target for directed ones) and its
   * date (empty when undated), so the same cluster gets the same IRI on every rebuild. The
   * {@code ordinal} tells apart occurrences that share all three (0 for the first, which is all there
   * usually is; it only enters the hash when positive).
   */
  public static String occurrence(EventType type, List<ActorId> partyKey, Optional<PartialDate> date, int ordinal) {
    checkArgument(!partyKey.isEmpty(), "occurrence without parties");
    checkArgument(ordinal >= 0, "negative ordinal %s", ordinal);
    Hasher h = Hashing.sha256().newHasher();
    put(h, "occurrence");
    put(h, type.name());
    h.putInt(partyKey.size());
    partyKey.forEach(p -> put(h, p.gold()));
    put(h, date.map(PartialDate::iso).orElse(""));
    if (ordinal > 0) {
      h.putInt(ordinal);
    }
    return ID + "occurrence/" + hex(h);
  }

  /** The concept of an event type: {@code id/eventtype/MEET}. */
  public static String eventType(EventType type) {
    return EVENT_TYPE_SCHEME + "/" + type.name();
  }

  /** The IRI of an evidence span: a hash of its document, offsets and sentence. */
  public static String evidence(Evidence evidence) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, evidence.docId());
    h.putInt(evidence.block()).putInt(evidence.start()).putInt(evidence.end());
    put(h, evidence.sentence());
    return ID + "evidence/" + hex(h);
  }

  /** The IRI of a post: a hash of the holder, the country or organization, and the title. */
  public static String post(Position position) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, position.person().gold());
    put(h, position.country().gold());
    put(h, position.title());
    return ID + "post/" + hex(h);
  }

  /** The IRI of a membership: a hash of the member and the organization. */
  public static String membership(Membership membership) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, membership.member().gold());
    put(h, membership.organization().gold());
    return ID + "membership/" + hex(h);
  }

  /** The IRI of a title of office in the catalog: {@code id/title/<title>}. */
  public static String title(String title) {
    checkArgument(!title.isBlank(), "blank title");
    return ID + "title/" + SEGMENT.escape(title);
  }

  /** The IRI of a trigger word in the catalog: {@code id/trigger/<TYPE>/<word>}. */
  public static String trigger(EventType type, String word) {
    checkArgument(!word.isBlank(), "blank trigger word");
    return ID + "trigger/" + type.name() + "/" + SEGMENT.escape(word);
  }

  /** The URL as an IRI when it is an absolute, well-formed IRI; empty otherwise. */
  public static Optional<String> sourceUrl(String url) {
    try {
      IRIx iri = IRIx.create(url.trim());
      return iri.isAbsolute() ? Optional.of(iri.str()) : Optional.empty();
    } catch (IRIException e) {
      return Optional.empty();
    }
  }

  /** The event type whose concept IRI ({@link #eventType}) is {@code iri}; empty for any other IRI. */
  public static Optional<EventType> parseEventType(String iri) {
    for (EventType t : EventType.values()) {
      if (eventType(t).equals(iri)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static String decodeSegment(String segment) {
    // the path-segment escaper leaves '+' as is, so it must not become a space
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static void put(Hasher h, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }

  private static String hex(Hasher h) {
    // 128 bits are plenty to keep the events of a corpus apart, and keep IRIs readable
    return h.hash().toString().substring(0, 32);
  }
}
