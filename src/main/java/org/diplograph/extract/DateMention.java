package org.diplograph.extract;

import org.diplograph.model.PartialDate;

/** A date expression found in a sentence, resolved to a calendar date at its precision. */
record DateMention(int start, int end, PartialDate date, boolean explicitYear) {}
