package org.diplograph.pipeline;

import java.time.Duration;
import java.util.Locale;
import org.diplograph.ingest.IngestException;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one-line wording of a document's failure, the same whichever engine ran it (a batch, Spark). */
final class FailureMessages {
  private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);

  private FailureMessages() {}

  /** What went wrong reading an input, in one line: the reader's own words, else the error's. */
  static String readProblem(Throwable cause) {
    if (cause instanceof IngestException ie) {
      return ie.problem();
    }
    if (cause instanceof StackOverflowError) {
      return "cannot read: nested too deeply";
    }
    LOG.debug("reading failed", cause);
    return "cannot read: " + cause;
  }

  static String readingOverBudget(BatchOptions options) {
    return "reading exceeded the time budget of " + seconds(options.documentTimeout()) + " (skipped)";
  }

  /** "extraction of ID exceeded the time budget of 120 s (skipped, nothing stored)", with the length if long. */
  static String overBudget(BatchOptions options, SourceDoc doc) {
    long characters = characters(doc);
    String budget = seconds(options.budgetFor(characters));
    if (characters > BatchOptions.BUDGET_CHARACTERS) {
      budget += String.format(Locale.ROOT, " for its %,d characters (%s per %,d)", characters,
          seconds(options.documentTimeout()), BatchOptions.BUDGET_CHARACTERS);
    }
    return "extraction of " + doc.id() + " exceeded the time budget of " + budget + " (skipped, nothing stored)";
  }

  static String extractionFailed(SourceDoc doc, Throwable cause) {
    return "extraction of " + doc.id() + " failed: " + cause;
  }

  /** The problem on one line (a parser's message may span several). */
  static String oneLine(String problem) {
    return problem.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  static long characters(SourceDoc doc) {
    return doc.textBlocks().stream().mapToLong(String::length).sum();
  }

  static String seconds(Duration t) {
    return t.toMillis() % 1000 == 0 ? t.toSeconds() + " s" : t.toMillis() / 1000.0 + " s";
  }
}
