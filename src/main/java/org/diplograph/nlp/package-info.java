/** The NLP stage: sentence splitting, script normalisation and the CoreNLP Chinese adapter. */
@org.jspecify.annotations.NullMarked
package org.diplograph.nlp;
