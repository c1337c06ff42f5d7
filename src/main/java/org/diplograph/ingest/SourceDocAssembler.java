package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.SourceDoc;

/**
 * Completes a parsed document into a {@link SourceDoc}: adds the id and source, the outlet (from the
 * input's metadata, else the URL host), the script and the content hash, both taken over the same blocks
 * as {@link SourceDoc#textBlocks()}. Thread-safe.
 */
final class SourceDocAssembler {
  private final ScriptDetector scripts;

  SourceDocAssembler(ScriptDetector scripts) {
    this.scripts = scripts;
  }

  /** The source document with the given id, read from {@code source}. */
  SourceDoc assemble(String id, String source, ParsedDocument parsed) {
    List<String> blocks = textBlocks(parsed);
    Optional<String> outlet = parsed.outlet().or(() -> parsed.url().flatMap(OutletResolver::fromUrl));
    return new SourceDoc(
        id, source, parsed.url(), parsed.title(), parsed.published(), outlet, scripts.detect(blocks),
        parsed.paragraphs(), ContentHash.of(blocks), parsed.pageOfParagraph());
  }

  private static List<String> textBlocks(ParsedDocument parsed) {
    List<String> blocks = new ArrayList<>(parsed.paragraphs().size() + 1);
    if (!parsed.title().isBlank()) {
      blocks.add(parsed.title());
    }
    blocks.addAll(parsed.paragraphs());
    return blocks;
  }
}
