package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One readable item of a feed.
 *
 * @param number the 1-based position of the item in the feed, counting skipped items too, so that an
 *     item's number does not depend on whether its neighbours could be read
 * @param document what the item holds
 */
public record FeedItem(int number, ParsedDocument document) {
  public FeedItem {
    checkArgument(number >= 1, "item number %s < 1", number);
    checkNotNull(document, "document");
  }
}
