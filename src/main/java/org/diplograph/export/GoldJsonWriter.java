package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Position;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link DocumentExtraction} in the gold JSON format of the annotation guideline: keys in
 * the guideline's order, ids in the gold notation, dates at their precision, absent values as
 * {@code null}, non-ASCII characters unescaped. Actors are sorted by type then id, events by their
 * evidence's position, positions and memberships by their ids, so the output is deterministic.
 * Events and actors carry an extra {@code confidence} key, which scorers ignore.
 *
 * <p>Immutable and thread-safe.
 */
public final class GoldJsonWriter {
  private static final Comparator<Event> EVENT_ORDER =
      Comparator.<Event>comparingInt(e -> e.evidence().block())
          .thenComparingInt(e -> e.evidence().start())
          .thenComparingInt(e -> e.evidence().end())
          .thenComparing(Event::type)
          .thenComparing(e -> e.parties().toString());
  private static final Comparator<Position> POSITION_ORDER =
      Comparator.comparing(Position::person)
          .thenComparing(Position::country)
          .thenComparing(Position::title);
  private static final Comparator<Membership> MEMBERSHIP_ORDER =
      Comparator.comparing(Membership::organization).thenComparing(Membership::member);

  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter writer = mapper.writer(prettyPrinter());

  /** Returns the document's extraction as pretty-printed gold JSON, ending with a line break. */
  public String toJson(DocumentExtraction extraction) {
    checkNotNull(extraction, "extraction");
    try {
      return writer.writeValueAsString(documentNode(extraction)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot serialise a JSON tree", e); // a tree always serialises
    }
  }

  /**
   * Writes the extraction to {@code <dir>/<document id>.json} in UTF-8, creating {@code dir} if
   * needed, and returns the file written.
   *
   * @throws IOException if the directory or the file cannot be written
   */
  public Path write(DocumentExtraction extraction, Path dir) throws IOException {
    String id = extraction.doc().id();
    checkArgument(
        !id.contains("/") && !id.contains("\\"), "document id is not a file name: %s", id);
    Path file = dir.resolve(id + ".json");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, toJson(extraction), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot write gold JSON " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private ObjectNode documentNode(DocumentExtraction x) {
    ObjectNode root = mapper.createObjectNode();
    root.put("doc", x.doc().id());
    root.put("published", x.doc().published().map(LocalDate::toString).orElse(null));
    ArrayNode actors = root.putArray("actors");
    x.actors().stream()
        .sorted(Comparator.comparing(Actor::id))
        .forEach(a -> actors.add(actorNode(a)));
    ArrayNode events = root.putArray("events");
    x.events().stream().sorted(EVENT_ORDER).forEach(e -> events.add(eventNode(e)));
    ArrayNode positions = root.putArray("positions");
    x.positions().stream()
        .distinct()
        .sorted(POSITION_ORDER)
        .forEach(p -> positions.add(positionNode(p)));
    ArrayNode memberships = root.putArray("memberships");
    x.memberships().stream()
        .distinct()
        .sorted(MEMBERSHIP_ORDER)
        .forEach(m -> memberships.add(membershipNode(m)));
    return root;
  }

  private ObjectNode actorNode(Actor actor) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", actor.id().gold());
    node.put("type", actor.id().type().label());
    addStrings(node.putArray("names"), actor.names().stream().sorted().toList());
    ActorType type = actor.id().type();
    if (type == ActorType.PERSON || type == ActorType.GOVERNMENT_BODY) {
      node.put("country", actor.country().map(ActorId::gold).orElse(null));
      node.put("title", actor.title().orElse(null));
    }
    node.put("confidence", actor.confidence());
    return node;
  }

  private ObjectNode eventNode(Event event) {
    ObjectNode node = mapper.createObjectNode();
    node.put("type", event.type().name());
    addStrings(node.putArray("parties"), event.parties().stream().map(ActorId::gold).toList());
    addStrings(node.putArray("persons"), event.persons().stream().map(ActorId::gold).toList());
    node.put("date", event.date().map(PartialDate::iso).orElse(null));
    node.put("place", nullable(event.place()));
    node.put("name", nullable(event.name()));
    node.put("object", nullable(event.object()));
    node.put("evidence", event.evidence().sentence());
    node.put("confidence", event.confidence());
    return node;
  }

  private ObjectNode positionNode(Position position) {
    ObjectNode node = mapper.createObjectNode();
    node.put("person", position.person().gold());
    node.put("country", position.country().gold());
    node.put("title", position.title());
    return node;
  }

  private ObjectNode membershipNode(Membership membership) {
    ObjectNode node = mapper.createObjectNode();
    node.put("member", membership.member().gold());
    node.put("org", membership.organization().gold());
    return node;
  }

  private static void addStrings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static @Nullable String nullable(Optional<String> value) {
    return value.orElse(null);
  }

  /**
   * Two-space indentation, {@code "key": value}, one array element per line, {@code []} when empty.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }
}
