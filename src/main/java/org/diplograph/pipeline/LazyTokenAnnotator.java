package org.diplograph.pipeline;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.diplograph.model.Token;
import org.diplograph.nlp.TokenAnnotator;

/**
 * A token annotator built on first use: the CoreNLP models load when the first sentence is tagged or
 * {@link #prepare()} is called, once, whichever thread comes first (the others wait). Thread-safe.
 */
final class LazyTokenAnnotator implements TokenAnnotator {
  private final Supplier<TokenAnnotator> delegate;
  private volatile boolean loaded;

  LazyTokenAnnotator(java.util.function.Supplier<TokenAnnotator> load) {
    this.delegate = Suppliers.memoize(() -> {
      TokenAnnotator a = load.get();
      loaded = true;
      return a;
    });
  }

  @Override
  public List<Token> annotate(String sentence) {
    return delegate.get().annotate(sentence);
  }

  @Override
  public void prepare() {
    delegate.get();
  }

  /** Whether the models have been loaded. */
  boolean loaded() {
    return loaded;
  }
}
