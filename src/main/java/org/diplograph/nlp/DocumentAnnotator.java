package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.AnnotatedDoc;
import org.diplograph.model.Sentence;
import org.diplograph.model.SourceDoc;

/**
 * The NLP stage: splits each text block of a document into sentences, normalises them to
 * simplified characters and tags them with a {@link TokenAnnotator}. Thread-safe when the
 * annotator is.
 */
public final class DocumentAnnotator {
  private final TokenAnnotator annotator;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ScriptNormalizer normalizer = new ScriptNormalizer();

  public DocumentAnnotator(TokenAnnotator annotator) {
    this.annotator = annotator;
  }

  /** The document with its sentences annotated. */
  public AnnotatedDoc annotate(SourceDoc doc) {
    List<String> blocks = doc.textBlocks();
    List<Sentence> sentences = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      String block = blocks.get(b);
      boolean headline = b == 0 && !doc.title().isBlank();
      for (SentenceSplitter.Span span : headline ? splitter.splitHeadline(block) : splitter.split(block)) {
        String text = block.substring(span.start(), span.end());
        String normalized = normalizer.toSimplified(text);
        sentences.add(new Sentence(b, span.start(), text, normalized, annotator.annotate(normalized)));
      }
    }
    return new AnnotatedDoc(doc, sentences);
  }
}
