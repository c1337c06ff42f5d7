package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One readable item of a feed.
 *
 * @param number the 1-based position of the item in the feed, counting skipped items too, so that an
 *     item's number does not depend on whether its neighbours could be read
 * @param document what the item holds
 * @param key what names the item for good: its guid (Atom id), else its link; empty when it has neither
 */
public record FeedItem(int number, ParsedDocument document, java.util.Optional<String> key) {
  public FeedItem {
    checkArgument(number >= 1, "item number %s < 1", number);
    checkNotNull(document, "document");
    checkNotNull(key, "key");
  }

  /** An item without a guid or link. */
  public FeedItem(int number, ParsedDocument document) {
    this(number, document, java.util.Optional.empty());
  }
}
