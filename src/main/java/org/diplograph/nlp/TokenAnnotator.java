package org.diplograph.nlp;

import java.util.List;
import org.diplograph.model.Token;

/** Segments and tags one simplified-Chinese sentence. Implementations are thread-safe. */
public interface TokenAnnotator {
  /** The tokens of the sentence, offsets relative to it. */
  List<Token> annotate(String sentence);

  /** Makes the annotator ready (loads its models if it has not yet); a no-op for an eager one. */
  default void prepare() {}
}
