package org.diplograph.nlp;

import java.util.Set;

/**
 * How to build the CoreNLP Chinese pipeline.
 *
 * @param extraWords words the segmenter should prefer to keep whole (names from the catalog); the
 *     CoreNLP segmenter takes dictionary words of at most six characters as strong features
 */
public record NlpConfig(Set<String> extraWords) {
  /** Dictionary words longer than this are ignored by the CoreNLP segmenter. */
  public static final int MAX_DICTIONARY_WORD = 6;

  public NlpConfig {
    extraWords = Set.copyOf(extraWords);
  }

  public static NlpConfig defaults() {
    return new NlpConfig(Set.of());
  }
}
