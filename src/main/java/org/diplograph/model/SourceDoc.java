package org.diplograph.model;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document after ingest: its stable id, metadata and clean text paragraphs.
 *
 * @param id stable id: the file stem for a file holding one document, {@code stem-n} for the n-th
 *     item of a file holding several (a feed)
 * @param source where the document was read from (a path or "-"), for error messages
 * @param url the article's address, if known
 * @param title the headline (also text to extract from), empty if none
 * @param published the publication date, if known; year-less dates are resolved against it
 * @param outlet the publishing outlet (URL host or page metadata), if known
 * @param script the script of the original text
 * @param paragraphs clean text paragraphs in document order, in the document's own script
 * @param contentHash hex SHA-256 of the clean text, so that identical content is one document
 * @param paragraphPages for a paged source (PDF), the 1-based page on which each paragraph starts,
 *     parallel to {@code paragraphs}; empty otherwise
 * @param encoding the character set the source's bytes were decoded from (UTF-8, GB18030, Big5, UTF-16LE
 *     …); empty for a source that is not text (PDF) or a document not read from bytes
 */
public record SourceDoc(
    String id,
    String source,
    Optional<String> url,
    String title,
    Optional<LocalDate> published,
    Optional<String> outlet,
    Script script,
    List<String> paragraphs,
    String contentHash,
    List<Integer> paragraphPages,
    Optional<Charset> encoding) {

  public SourceDoc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(encoding, "encoding");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    paragraphs = List.copyOf(paragraphs);
    paragraphPages = List.copyOf(paragraphPages);
    if (!paragraphPages.isEmpty() && paragraphPages.size() != paragraphs.size()) {
      throw new IllegalArgumentException("one page per paragraph expected");
    }
  }

  /** A document of an unpaged source, of unknown encoding. */
  public SourceDoc(String id, String source, Optional<String> url, String title, Optional<LocalDate> published,
      Optional<String> outlet, Script script, List<String> paragraphs, String contentHash) {
    this(id, source, url, title, published, outlet, script, paragraphs, contentHash, List.of());
  }

  /** A document of unknown encoding. */
  public SourceDoc(String id, String source, Optional<String> url, String title, Optional<LocalDate> published,
      Optional<String> outlet, Script script, List<String> paragraphs, String contentHash,
      List<Integer> paragraphPages) {
    this(id, source, url, title, published, outlet, script, paragraphs, contentHash, paragraphPages,
        Optional.empty());
  }

  /** The page on which text block {@code block} ({@link #textBlocks()}) starts, for a paged source. */
  public Optional<Integer> pageOf(int block) {
    int paragraph = title.isBlank() ? block : block - 1;
    if (paragraphPages.isEmpty() || block < 0) {
      return Optional.empty();
    }
    return Optional.of(paragraphPages.get(Math.max(0, Math.min(paragraph, paragraphPages.size() - 1))));
  }

  /** The title (when present) followed by the paragraphs: every text block to extract from. */
  public List<String> textBlocks() {
    if (title.isBlank()) {
      return paragraphs;
    }
    var blocks = new java.util.ArrayList<String>(paragraphs.size() + 1);
    blocks.add(title);
    blocks.addAll(paragraphs);
    return List.copyOf(blocks);
  }
}
