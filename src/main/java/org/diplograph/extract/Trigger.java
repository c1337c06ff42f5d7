package org.diplograph.extract;

import org.diplograph.model.EventType;

/** A trigger word of an event type found at [start, end) of a sentence. */
record Trigger(EventType type, int start, int end, String word) {}
