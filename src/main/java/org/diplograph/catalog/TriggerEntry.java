package org.diplograph.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import org.diplograph.model.EventType;

/**
 * A word that signals an event of one type in a given construction.
 *
 * @param type the event type
 * @param word the word, simplified
 * @param frame the construction: verb, light-verb-noun, call, statement, upgrade, launch, join, oppose (and
 *     object for the object head nouns the catalog keeps apart, see {@link Catalog#objectNouns})
 */
public record TriggerEntry(EventType type, String word, String frame) {

  public TriggerEntry {
    checkArgument(!word.isBlank(), "blank trigger word");
    checkArgument(!frame.isBlank(), "blank frame of %s", word);
  }

  /** A trigger entry; see the record components. */
  public static TriggerEntry of(EventType type, String word, String frame) {
    return new TriggerEntry(type, word, frame);
  }
}
