/** The extract stage: events, posts and memberships from resolved sentences, with provenance. */
@org.jspecify.annotations.NullMarked
package org.diplograph.extract;
