package org.diplograph.model;

import java.util.Objects;

/**
 * A word of a segmented sentence, with its tags.
 *
 * @param word the word as it stands in the text
 * @param pos part-of-speech tag (Chinese Treebank tag set: NR, NN, VV, P …)
 * @param ner named-entity tag ({@code O} when none)
 * @param begin offset of its first character in the sentence
 * @param end offset after its last character in the sentence
 */
public record Token(String word, String pos, NerTag ner, int begin, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token offsets " + begin + "-" + end);
    }
  }
}
