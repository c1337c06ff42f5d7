package org.diplograph.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Set;

/**
 * A title of office.
 *
 * @param label the title as usually written (国防部长)
 * @param altLabels variant spellings of the same title, simplified
 * @param category one of head-of-state, head-of-government, foreign-minister, defence-minister, minister,
 *     diplomat, official, military, org-leader
 */
public record TitleEntry(String label, Set<String> altLabels, String category) {

  /** The title categories of the shared vocabulary. */
  public static final Set<String> CATEGORIES =
      Set.of(
          "head-of-state",
          "head-of-government",
          "foreign-minister",
          "defence-minister",
          "minister",
          "diplomat",
          "official",
          "military",
          "org-leader");

  public TitleEntry {
    checkArgument(!label.isBlank(), "blank title");
    checkArgument(CATEGORIES.contains(category), "unknown title category %s of %s", category, label);
    altLabels = Set.copyOf(altLabels);
  }

  /** A title entry; see the record components. */
  public static TitleEntry of(String label, Set<String> altLabels, String category) {
    return new TitleEntry(label, altLabels, category);
  }
}
