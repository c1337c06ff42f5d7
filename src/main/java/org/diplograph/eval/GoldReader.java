package org.diplograph.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.diplograph.eval.GoldDocument.GoldActor;
import org.diplograph.eval.GoldDocument.GoldEvent;
import org.diplograph.eval.GoldDocument.GoldMembership;
import org.diplograph.eval.GoldDocument.GoldPosition;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * Reads gold-format JSON files (the schema of the annotation guideline) into {@link GoldDocument}s.
 * Unknown keys are ignored; a missing required key, a value of the wrong kind, an unknown actor or
 * event type or a malformed date is a {@link GoldFormatException} naming the file.
 *
 * <p>Immutable and thread-safe.
 */
public final class GoldReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Reads one gold file.
   *
   * @throws GoldFormatException if the file is not valid gold JSON
   * @throws IOException if the file cannot be read
   */
  public GoldDocument read(Path file) throws IOException {
    checkNotNull(file, "file");
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot read gold file " + file + ": " + e, e);
    }
    return parse(json, file.toString());
  }

  /**
   * Reads every {@code *.json} file of a directory, keyed (and sorted) by document id.
   *
   * @throws GoldFormatException if a file is not valid gold JSON or two files hold the same
   *     document
   * @throws IOException if the directory or a file cannot be read
   */
  public Map<String, GoldDocument> readDir(Path dir) throws IOException {
    Map<String, GoldDocument> docs = new TreeMap<>();
    for (Path file : jsonFiles(dir)) {
      GoldDocument doc = read(file);
      if (docs.putIfAbsent(doc.doc(), doc) != null) {
        throw new GoldFormatException(file.toString(), "second file for document " + doc.doc());
      }
    }
    return docs;
  }

  /**
   * Parses gold JSON text.
   *
   * @param source names the text in error messages (a path)
   * @throws GoldFormatException if the text is not valid gold JSON
   */
  public GoldDocument parse(String json, String source) throws GoldFormatException {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(source, "not valid JSON: " + e.getMessage(), e);
    }
    try {
      return document(root);
    } catch (IllegalArgumentException e) {
      throw new GoldFormatException(source, e.getMessage(), e);
    }
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new IOException("cannot list gold directory " + dir + ": " + e.getMessage(), e);
    }
    files.sort(null);
    return files;
  }

  private static GoldDocument document(JsonNode root) {
    require(root != null && root.isObject(), "the top level is not a JSON object");
    return new GoldDocument(
        text(root, "doc"),
        date(root, "published"),
        list(root, "actors", GoldReader::actor),
        list(root, "events", GoldReader::event),
        list(root, "positions", GoldReader::position),
        list(root, "memberships", GoldReader::membership));
  }

  private static GoldActor actor(JsonNode node) {
    return new GoldActor(
        text(node, "id"),
        actorType(text(node, "type")),
        strings(node, "names"),
        optionalText(node, "country"),
        optionalText(node, "title"));
  }

  private static GoldEvent event(JsonNode node) {
    return new GoldEvent(
        eventType(text(node, "type")),
        strings(node, "parties"),
        strings(node, "persons"),
        date(node, "date"),
        optionalText(node, "place"),
        optionalText(node, "name"),
        optionalText(node, "object"),
        optionalText(node, "evidence").orElse(""));
  }

  private static GoldPosition position(JsonNode node) {
    return new GoldPosition(
        text(node, "person"), text(node, "country"), optionalText(node, "title"));
  }

  private static GoldMembership membership(JsonNode node) {
    return new GoldMembership(text(node, "member"), text(node, "org"));
  }

  private static ActorType actorType(String label) {
    for (ActorType type : ActorType.values()) {
      if (type.label().equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown actor type \"" + label + "\"");
  }

  private static EventType eventType(String name) {
    try {
      return EventType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown event type \"" + name + "\"", e);
    }
  }

  private static Optional<PartialDate> date(JsonNode node, String key) {
    Optional<String> text = optionalText(node, key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<PartialDate> date = PartialDate.parse(text.get());
    require(date.isPresent(), "\"" + key + "\" is not an ISO date: " + text.get());
    return date;
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    require(
        value != null && value.isTextual(),
        "missing or non-string \"" + key + "\" in " + brief(node));
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    require(value.isTextual(), "\"" + key + "\" is not a string in " + brief(node));
    return Optional.of(value.asText());
  }

  private static List<String> strings(JsonNode node, String key) {
    return list(
        node,
        key,
        element -> {
          require(element.isTextual(), "\"" + key + "\" holds a non-string: " + element);
          return element.asText();
        });
  }

  /** The elements of an array-valued key, each mapped; an absent or null key is an empty list. */
  private static <T> List<T> list(JsonNode node, String key, Function<JsonNode, T> f) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    require(value.isArray(), "\"" + key + "\" is not an array");
    List<T> out = new ArrayList<>(value.size());
    value.forEach(element -> out.add(f.apply(element)));
    return out;
  }

  /** The node as JSON, cut short: enough to find it in the file. */
  private static String brief(JsonNode node) {
    String json = node.toString();
    return json.length() <= 120 ? json : json.substring(0, 120) + "…";
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
