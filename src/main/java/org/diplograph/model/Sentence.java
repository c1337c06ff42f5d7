package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a document's text block with its tokens.
 *
 * @param block index of the text block ({@link SourceDoc#textBlocks()})
 * @param start offset of the sentence's first character in the block
 * @param text the sentence, verbatim
 * @param tokens its words with tags; offsets relative to the sentence
 */
public record Sentence(int block, int start, String text, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }

  /** The offset after the sentence's last character in the block. */
  public int end() {
    return start + text.length();
  }
}
