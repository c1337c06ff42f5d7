package org.diplograph.model;

import java.util.Objects;

/**
 * Where a statement was found: the sentence of the document and its character offsets within the
 * document's text block.
 *
 * @param docId the source document's id
 * @param block index of the text block ({@link SourceDoc#textBlocks()})
 * @param start offset of the sentence's first character in the block
 * @param end offset after the sentence's last character in the block
 * @param sentence the sentence text, verbatim
 */
public record Evidence(String docId, int block, int start, int end, String sentence) {
  public Evidence {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(sentence, "sentence");
    if (block < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets: " + block + ":" + start + "-" + end);
    }
  }
}
