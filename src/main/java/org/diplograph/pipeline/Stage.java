package org.diplograph.pipeline;

/** The steps one document goes through, for reporting where the time goes. */
public enum Stage {
  /** Detecting the kind of input, decoding and cleaning it into documents. */
  PARSE,
  /** Sentence splitting, script normalisation and the CoreNLP segmenter, tagger and NER. */
  NLP,
  /** Mentions to canonical actors. */
  RESOLVE,
  /** Triggers and arguments to events, positions and memberships. */
  EXTRACT,
  /** The extraction written out as quads (N-Quads text). */
  SERIALIZE
}
