package org.diplograph.spark;

import java.io.Serializable;
import java.util.Comparator;

/** A document by the file it came from and its id (a feed holds several), ordered file first. */
record DocKey(String file, String id) implements Serializable, Comparable<DocKey> {
  private static final long serialVersionUID = 1L;
  private static final Comparator<DocKey> ORDER = Comparator.comparing(DocKey::file).thenComparing(DocKey::id);

  @Override
  public int compareTo(DocKey o) {
    return ORDER.compare(this, o);
  }
}
