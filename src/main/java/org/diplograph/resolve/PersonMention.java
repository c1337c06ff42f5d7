package org.diplograph.resolve;

import java.util.Optional;
import org.diplograph.model.ActorId;

/**
 * A person's name found in a sentence, with the post and affiliation the text gives next to it.
 *
 * @param start offset of the name in the sentence
 * @param end offset after the name
 * @param name the name (simplified)
 * @param surface the name as written in the document's own script
 * @param title the title of office written next to it (国防部长 in 美国国防部长奥斯汀)
 * @param affiliation the country or organization in front of the title
 * @param english an English name in parentheses right after it
 * @param titleBefore true when the title stands before the name (外交部長林佳龍), the way an outlet
 *     names its own country's officials; false after it (安瓦尔总理) or by a copula
 */
record PersonMention(
    int start, int end, String name, String surface, Optional<String> title, Optional<ActorId> affiliation,
    Optional<String> english, boolean titleBefore) {}
