package org.diplograph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A document that failed, as one JSON line of the dead-letter output: {@code {"file": …, "document": …,
 * "reason": …}}, the document id present when the input was read. Stateless, thread-safe.
 */
public final class DeadLetter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeadLetter() {}

  /** The JSON line of a failure of {@code file} (and of the document {@code id} in it, if read). */
  public static String line(String file, Optional<String> id, String reason) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", file);
    id.ifPresent(d -> o.put("document", d));
    o.put("reason", reason);
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file and the reason of a JSON line, as "file: reason". */
  public static String describe(String jsonLine) {
    try {
      JsonNode o = JSON.readTree(jsonLine);
      return o.path("file").asText() + ": " + o.path("reason").asText();
    } catch (JsonProcessingException e) {
      return jsonLine;
    }
  }
}
