package org.diplograph.graph;

/**
 * What a bulk load did.
 *
 * @param files N-Quads files read
 * @param graphs named graphs the files hold (one per document)
 * @param replaced of those, graphs the store held before, removed first
 * @param quads quads loaded
 */
public record BulkLoadSummary(int files, int graphs, int replaced, long quads) {}
