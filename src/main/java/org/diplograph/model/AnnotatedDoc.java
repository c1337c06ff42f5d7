package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/** A document with its text split into annotated sentences: the output of the NLP stage. */
public record AnnotatedDoc(SourceDoc doc, List<Sentence> sentences) {
  public AnnotatedDoc {
    Objects.requireNonNull(doc, "doc");
    sentences = List.copyOf(sentences);
  }
}
