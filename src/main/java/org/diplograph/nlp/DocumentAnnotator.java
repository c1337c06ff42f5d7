package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplograph.model.AnnotatedDoc;
import org.diplograph.model.Sentence;
import org.diplograph.model.SourceDoc;

/**
 * The NLP stage: splits each text block of a document into sentences of bounded length
 * ({@link SentenceSplitter}), normalises them to simplified characters and tags them with a
 * {@link TokenAnnotator}. Thread-safe when the annotator is.
 */
public final class DocumentAnnotator {
  private final TokenAnnotator annotator;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ScriptNormalizer normalizer = new ScriptNormalizer();

  public DocumentAnnotator(TokenAnnotator annotator) {
    this.annotator = annotator;
  }

  /** Makes the token annotator ready (see {@link TokenAnnotator#prepare()}). */
  public void prepare() {
    annotator.prepare();
  }

  /**
   * The document with its sentences annotated. Sentences are tagged in parallel (the common
   * fork-join pool), so that one long report uses every core; their order is kept.
   */
  public AnnotatedDoc annotate(SourceDoc doc) {
    return annotate(doc, () -> false);
  }

  /**
   * As {@link #annotate(SourceDoc)}, giving up between two sentences once {@code cancelled} is true: the
   * tagger itself cannot be interrupted, but no sentence is long, so a cancelled document stops soon.
   *
   * @throws CancellationException when {@code cancelled} became true before the last sentence was tagged
   */
  public AnnotatedDoc annotate(SourceDoc doc, BooleanSupplier cancelled) {
    List<Sentence> sentences = split(doc).parallelStream()
        .map(s -> tag(doc, s, cancelled))
        .toList();
    return new AnnotatedDoc(doc, sentences);
  }

  private List<Sentence> split(SourceDoc doc) {
    List<String> blocks = doc.textBlocks();
    List<Sentence> untagged = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      String block = blocks.get(b);
      boolean headline = b == 0 && !doc.title().isBlank();
      for (SentenceSplitter.Span span : headline ? splitter.splitHeadline(block) : splitter.split(block)) {
        String text = block.substring(span.start(), span.end());
        untagged.add(new Sentence(b, span.start(), text, normalizer.toSimplified(text), List.of()));
      }
    }
    return untagged;
  }

  private Sentence tag(SourceDoc doc, Sentence s, BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException(doc.id() + ": annotation cancelled");
    }
    return new Sentence(s.block(), s.start(), s.text(), s.normalized(), annotator.annotate(s.normalized()));
  }
}
