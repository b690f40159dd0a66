package org.baogao.similar;

import java.util.List;

/**
 * What one document shares with one other, as found from the first's side.
 *
 * @param passages each {start, end, sourceStart, sourceEnd}, offsets into the two normalised texts
 */
record PairPassages(int doc, int source, List<int[]> passages) {}
