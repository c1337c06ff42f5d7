package org.diplograph.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.SourceDoc;

/**
 * Completes a parsed document into a {@link SourceDoc}: adds the id, source and encoding, the outlet (from the
 * input's metadata, else the URL host), the script and the content hash, both taken over the same blocks
 * as {@link SourceDoc#textBlocks()}. Thread-safe.
 */
final class SourceDocAssembler {
  private final ScriptDetector scripts;

  SourceDocAssembler(ScriptDetector scripts) {
    this.scripts = scripts;
  }

  /** The source document with the given id, read from {@code source} whose bytes were in {@code encoding}. */
  SourceDoc assemble(String id, String source, ParsedDocument parsed, Optional<Charset> encoding) {
    List<String> blocks = textBlocks(parsed);
    Optional<String> outlet = parsed.outlet().or(() -> parsed.url().flatMap(OutletResolver::fromUrl));
    return new SourceDoc(
        id, source, parsed.url(), parsed.title(), parsed.published(), outlet, scripts.detect(blocks),
        parsed.paragraphs(), ContentHash.of(blocks), parsed.pageOfParagraph(), encoding);
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
