package org.diplograph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * One document's annotations in the gold format of the annotation guideline, as read from a gold
 * file or from the extractor's output in the same format. Ids are kept in the gold notation ({@code
 * JPN}, {@code org:NATO}, {@code per:岸田文雄}) because the scoring compares them as strings.
 *
 * @param doc the document id
 * @param published the publication date, at the precision given
 * @param actors the annotated actors
 * @param events the annotated events
 * @param positions the posts stated
 * @param memberships the memberships stated
 */
public record GoldDocument(
    String doc,
    Optional<PartialDate> published,
    List<GoldActor> actors,
    List<GoldEvent> events,
    List<GoldPosition> positions,
    List<GoldMembership> memberships) {

  public GoldDocument {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(published, "published");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    positions = List.copyOf(positions);
    memberships = List.copyOf(memberships);
  }

  /** A document with no annotations: what a missing prediction is scored as. */
  public static GoldDocument empty(String doc) {
    return new GoldDocument(doc, Optional.empty(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * An actor entry.
   *
   * @param id the id in the gold notation
   * @param type the actor type
   * @param names every surface form in the document
   * @param country for persons and government bodies, the id of the country (or organization)
   * @param title for persons, the title as written
   */
  public record GoldActor(
      String id,
      ActorType type,
      List<String> names,
      Optional<String> country,
      Optional<String> title) {
    public GoldActor {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      names = List.copyOf(names);
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(title, "title");
    }

    /** The id without its type prefix ({@code NATO} for {@code org:NATO}). */
    public String key() {
      String prefix = type.goldPrefix();
      return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }
  }

  /**
   * An event entry.
   *
   * @param type the event type
   * @param parties party ids, source first for directed types
   * @param persons ids of the persons who took part
   * @param date when, at the precision given
   * @param place where, as written
   * @param name the meeting's name
   * @param object the object (document, level, title, issue, mechanism)
   * @param evidence the sentence stating it
   */
  public record GoldEvent(
      EventType type,
      List<String> parties,
      List<String> persons,
      Optional<PartialDate> date,
      Optional<String> place,
      Optional<String> name,
      Optional<String> object,
      String evidence) {
    public GoldEvent {
      Objects.requireNonNull(type, "type");
      parties = List.copyOf(parties);
      persons = List.copyOf(persons);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /**
   * A post held by a person.
   *
   * @param person the person's id
   * @param country the id of the country (or organization) of the post
   * @param title the title as written
   */
  public record GoldPosition(String person, String country, Optional<String> title) {
    public GoldPosition {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * A membership of an organization.
   *
   * @param member the member's id
   * @param org the organization's id
   */
  public record GoldMembership(String member, String org) {
    public GoldMembership {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(org, "org");
    }
  }
}
