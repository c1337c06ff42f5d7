package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a document's text block with its tokens.
 *
 * @param block index of the text block ({@link SourceDoc#textBlocks()})
 * @param start offset of the sentence's first character in the block
 * @param text the sentence, verbatim in the document's own script
 * @param normalized the same sentence in simplified characters, of the same length as {@code text}
 *     (character-for-character), so offsets in one are offsets in the other
 * @param tokens its words with tags, over {@code normalized}; offsets relative to the sentence
 */
public record Sentence(int block, int start, String text, String normalized, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    if (normalized.length() != text.length()) {
      throw new IllegalArgumentException("normalized text must align with the text");
    }
    tokens = List.copyOf(tokens);
  }

  /** A sentence already in simplified characters. */
  public static Sentence simplified(int block, int start, String text, List<Token> tokens) {
    return new Sentence(block, start, text, text, tokens);
  }

  /** The offset after the sentence's last character in the block. */
  public int end() {
    return start + text.length();
  }
}
