package org.diplograph.server;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.NerTag;
import org.diplograph.model.Token;
import org.diplograph.pipeline.Engine;

/** An engine without the CoreNLP models, for the server tests: the default catalog and one word a character. */
final class ModelFreeEngine {
  private ModelFreeEngine() {}

  static Engine create() {
    return Engine.with(Catalog.loadDefault(), sentence -> {
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < sentence.length(); i++) {
        tokens.add(new Token(sentence.substring(i, i + 1), "NN", NerTag.O, i, i + 1));
      }
      return tokens;
    });
  }
}
